"""Tests of the labelled passage pairs that a passage aligner between articles is measured on."""
