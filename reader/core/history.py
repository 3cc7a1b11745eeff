"""Reading history: the places a reader jumped away from, for Back and Forward.

A place is an article and a reading position (`block-id:lines`, as a pane reports it; "" is the
very top). Only jumps are recorded — another article, a search hit, a heading, a highlight —
never ordinary scrolling, so Back returns to where the reader was reading, not to every step.
"""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 100  # places kept each way: far more than anyone steps back through


@dataclass(frozen=True)
class Place:
    article_id: str
    position: str = ""  # "block-id:lines" ("" = the top of the article)

    @property
    def block_id(self) -> str:
        return self.position.partition(":")[0]

    def same_spot(self, other: Place | None) -> bool:
        """The same passage of the same article (a few lines apart still counts as the same)."""
        return other is not None and (self.article_id, self.block_id) == (other.article_id, other.block_id)


class History:
    """Back and forward stacks of one pane, as a browser keeps them."""

    def __init__(self, limit: int = LIMIT):
        self.limit = limit
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def visit(self, left: Place) -> None:
        """The reader jumped away from `left`: Back returns there; what lay ahead is forgotten."""
        if not left.same_spot(self._back[-1] if self._back else None):
            self._back.append(left)
            del self._back[:-self.limit]
        self._forward.clear()

    def back(self, current: Place) -> Place | None:
        """The place to go back to from `current` (None: nowhere); `current` becomes Forward's."""
        return self._step(self._back, self._forward, current)

    def forward(self, current: Place) -> Place | None:
        """The place Back left (None: nowhere); `current` becomes Back's again."""
        return self._step(self._forward, self._back, current)

    def _step(self, source: list[Place], target: list[Place], current: Place) -> Place | None:
        while source and source[-1].same_spot(current):  # a jump that went nowhere is no step
            source.pop()
        if not source:
            return None
        place = source.pop()
        if not current.same_spot(target[-1] if target else None):
            target.append(current)
            del target[:-self.limit]
        return place

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back_places(self) -> list[Place]:
        """The places Back steps through, the nearest first."""
        return self._back[::-1]
