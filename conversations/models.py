"""Tables of this app arrive with its issue; see DESIGN.md for what it will own."""
