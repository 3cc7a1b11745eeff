"""The themes' text keeps WCAG AA contrast (4.5:1) over everything it is painted on: the page,
the panels, code, search and find marks, compare mode's tints, selection and every highlight
colour as each theme paints it. The contrast is computed here with WCAG 2.x's formula."""

import pytest

from reader.core.highlights.model import DEFAULT_COLORS, FOREIGN_COLOR_RGB
from reader.ui.panels.compare_panel import TINT_TEXT, TINTS
from reader.ui.themes import THEMES, highlight_background

AA = 4.5


def relative_luminance(rgb: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(rgb.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_gives_wcags_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=lambda t: t.name)
def test_every_text_colour_over_its_backgrounds(theme):
    pairs = {
        "text on the page": (theme.text, theme.base),
        "text on the panels": (theme.text, theme.window),
        "byline, quotes and placeholders on the page": (theme.muted, theme.base),
        "disabled and secondary text on the panels": (theme.muted, theme.window),
        "headings and links": (theme.accent, theme.base),
        "code": (theme.text, theme.code_bg),
        "a search or find hit": (theme.text, theme.mark),
        "the current hit": (theme.text, theme.mark_current),
        "the passage chosen in compare mode": (theme.text, theme.passage_chosen),
        "its counterparts": (theme.text, theme.passage_match),
        "selected text": (theme.base, theme.accent),
        "an error in the status bar": (theme.error, theme.window),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < AA}
    assert low == {}


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=lambda t: t.name)
def test_text_stays_readable_over_every_highlight_colour(theme):
    colours = {c.key: c.rgb for c in DEFAULT_COLORS} | {"foreign": FOREIGN_COLOR_RGB}
    painted = {key: highlight_background(rgb, theme) for key, rgb in colours.items()}
    assert len(set(painted.values())) == len(painted)  # still five different colours (and the foreign one)
    low = {key: round(contrast(theme.text, bg), 2) for key, bg in painted.items() if contrast(theme.text, bg) < AA}
    assert low == {}


def test_the_parallel_passages_tints_carry_their_own_text_colour():
    assert all(contrast(TINT_TEXT, tint) >= AA for tint in TINTS)
