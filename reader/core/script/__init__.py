"""Chinese script: detection (简/繁), the reading modes and OpenCC conversion, what a conversion changed,
an article rendered in a mode."""
