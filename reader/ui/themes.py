"""Light, dark and sepia themes: the application palette plus the reading pane's style sheet and reading style."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_CHOICES = ("system", "light", "dark", "sepia")


@dataclass(frozen=True)
class Theme:
    name: str  # "light", "dark" or "sepia"
    window: str
    base: str
    text: str
    muted: str
    accent: str
    quote_bar: str
    code_bg: str
    rule: str
    mark: str = "#ffe38a"  # search and find hits
    mark_current: str = "#ffa64d"  # the hit F3 stepped to
    changed: str = "#b08a5a"  # the faint underline under what a script conversion changed
    passage_chosen: str = "#e8dcc4"  # compare mode: the passage chosen
    passage_match: str = "#d7e8d0"  # compare mode: what the other articles say in its place
    band: str = "#7fa86b"  # compare mode: the bands joining matched passages between panes
    covered: str = "#6f9a5c"  # coverage strip: a reference passage this article reports
    uncovered: str = "#d9d1c1"  # coverage strip: one it leaves out
    error: str = "#b3261e"  # an error message in the status bar


# Every text colour over every background it is painted on keeps WCAG AA contrast (4.5:1):
# tests/unit/ui/test_contrast.py computes it for both themes and every highlight colour.


LIGHT = Theme("light", "#efeae0", "#fbf8f1", "#2b2a27", "#67625a", "#8a3b12", "#c9b99a", "#f0ebe0", "#d9d1c1")
DARK = Theme("dark", "#1c1d20", "#232428", "#dcd8cf", "#9a968d", "#e39a6a", "#5b574e", "#2c2d31", "#3a3b40",
             mark="#6e5b14", mark_current="#8f4016", changed="#8c7a5c", passage_chosen="#3a352b",
             passage_match="#2d3b2a", band="#5f8a4e", covered="#5f8a4e", uncovered="#3a3b40", error="#f28b82")
# warm paper and brown ink, as e-readers' sepia: body text 11:1 on the page, muted text 5.9:1, accent 6.6:1
SEPIA = Theme("sepia", "#e9dcc0", "#f4ecd8", "#3b2f20", "#6a5638", "#8b3a0e", "#bca77f", "#eadfc6", "#cdbb95",
              mark="#f3d36b", mark_current="#f09a4a", changed="#9a7346", passage_chosen="#e2cfa5",
              passage_match="#d6dcb4", band="#7f945a", covered="#6f8a4c", uncovered="#d3c3a0")
THEMES = {"light": LIGHT, "dark": DARK, "sepia": SEPIA}


@dataclass(frozen=True)
class ReadingStyle:
    """How the article's text is set (Edit ▸ Preferences): font, spacing and the column's width."""

    font_family: str = ""  # "" = the CJK serif fonts of pane/zoom.py, in order
    font_size: float = 13.0  # points, at zoom 100%
    line_height: int = 170  # percent of the font size
    paragraph_spacing: float = 0.9  # em between paragraphs
    page_width: int = 38  # characters per line a CJK reader finds comfortable (roughly 35–40)

    LIMITS = {"font_size": (8.0, 40.0), "line_height": (100, 300), "paragraph_spacing": (0.0, 4.0),
              "page_width": (16, 120)}

    def clamped(self) -> ReadingStyle:
        """The same style with every number inside its limits (a hand-edited settings file)."""
        values = {}
        for name, (low, high) in self.LIMITS.items():
            kind = type(low)
            try:
                values[name] = kind(min(high, max(low, float(getattr(self, name)))))
            except (TypeError, ValueError):
                values[name] = getattr(ReadingStyle(), name)
        return ReadingStyle(str(self.font_family or ""), **values)


def highlight_background(rgb: str, theme: Theme) -> str:
    """The colour a highlight of colour `rgb` is painted in: pastel under the light theme's dark
    text, darkened under the dark theme's light text (a pastel would wash it out)."""
    color = QColor(rgb)
    return color.darker(260).name() if theme.name == "dark" else color.name()


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve_theme(choice: str) -> Theme:
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_is_dark() else LIGHT


def apply_palette(app: QApplication, theme: Theme) -> None:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(theme.window))
    pal.setColor(role.WindowText, QColor(theme.text))
    pal.setColor(role.Base, QColor(theme.base))
    pal.setColor(role.AlternateBase, QColor(theme.window))
    pal.setColor(role.Text, QColor(theme.text))
    pal.setColor(role.Button, QColor(theme.window))
    pal.setColor(role.ButtonText, QColor(theme.text))
    pal.setColor(role.ToolTipBase, QColor(theme.base))
    pal.setColor(role.ToolTipText, QColor(theme.text))
    pal.setColor(role.PlaceholderText, QColor(theme.muted))
    pal.setColor(role.Highlight, QColor(theme.accent))
    pal.setColor(role.HighlightedText, QColor(theme.base))
    pal.setColor(role.Link, QColor(theme.accent))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(theme.muted))
    app.setPalette(pal)


def reading_css(theme: Theme | None, style: ReadingStyle | None = None) -> str:
    """Style sheet for the rendered article (the subset of CSS that QTextDocument supports)."""
    t = theme or LIGHT
    s = style or ReadingStyle()
    return f"""
    body {{ color: {t.text}; }}
    p, li {{ line-height: {s.line_height}%; margin-top: 0; margin-bottom: {s.paragraph_spacing:g}em; }}
    h1 {{ font-size: 1.7em; line-height: 140%; margin-top: 0.6em; margin-bottom: 0.4em; }}
    h1.title {{ font-size: 1.9em; margin-top: 0; }}
    p.byline {{ color: {t.muted}; margin-bottom: 1.6em; }}
    h2 {{ font-size: 1.35em; line-height: 140%; margin-top: 1.6em; margin-bottom: 0.6em; color: {t.accent}; }}
    h3 {{ font-size: 1.15em; line-height: 140%; margin-top: 1.3em; margin-bottom: 0.5em; }}
    h4, h5, h6 {{ font-size: 1.0em; margin-top: 1.1em; margin-bottom: 0.4em; }}
    blockquote {{ color: {t.muted}; margin-left: 1.2em; margin-right: 0.6em; }}
    blockquote p {{ line-height: {max(100, s.line_height - 5)}%; font-style: italic; }}
    pre {{ background-color: {t.code_bg}; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.88em;
           line-height: 140%; }}
    code {{ font-family: "Noto Sans Mono CJK SC", monospace; background-color: {t.code_bg}; }}
    table {{ border-color: {t.rule}; margin-bottom: 1.2em; }}
    th {{ background-color: {t.code_bg}; font-weight: bold; }}
    th, td {{ padding: 4px; }}
    a {{ color: {t.accent}; }}
    hr {{ color: {t.rule}; }}
    """
