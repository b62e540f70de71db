"""Every write of the sync app: pull (read-only, but it moves the device's cursor), push, devices and their
history, conflicts and their resolution, pruning."""
