"""Gamification of the learning app: learning sessions, the XP ledger, levels, streaks, achievements and
weekly leagues, all moved by the services that record real events (never by a request asking for XP)."""
