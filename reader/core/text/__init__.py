"""Text itself: the one table of Han/CJK ranges, canonical text (what search and highlights compare), words."""
