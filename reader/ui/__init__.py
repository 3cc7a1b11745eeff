"""Qt widgets: they show core objects and forward what the user asks for."""
