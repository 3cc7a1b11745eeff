"""Pure-Python core of Duidu: no Qt here. The CLI, the tests and the UI all use it."""
