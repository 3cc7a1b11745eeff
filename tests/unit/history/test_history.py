"""The reading history: back and forward through the places jumps left."""

from reader.core.history import History, Place

A_TOP = Place("a")
A_MID = Place("a", "a-p12:0.500")
B_TOP = Place("b")
B_END = Place("b", "b-p40:1.000")


def test_back_and_forward_walk_the_places_left_in_order():
    history = History()
    history.visit(A_TOP)  # a heading: left the top of a for a-p12
    history.visit(A_MID)  # another article: left a-p12 for b
    assert history.back(B_TOP) == A_MID
    assert history.back(A_MID) == A_TOP
    assert history.back(A_TOP) is None
    assert history.forward(A_TOP) == A_MID
    assert history.forward(A_MID) == B_TOP
    assert history.forward(B_TOP) is None


def test_a_new_jump_after_going_back_forgets_what_lay_ahead():
    history = History()
    history.visit(A_TOP)
    history.visit(A_MID)
    assert history.back(B_TOP) == A_MID
    assert history.can_go_forward
    history.visit(A_MID)  # jumped somewhere else from a-p12
    assert not history.can_go_forward
    assert history.forward(B_END) is None
    assert history.back_places() == [A_MID, A_TOP]


def test_the_same_passage_is_kept_once_and_a_step_never_stays_in_place():
    history = History()
    history.visit(A_MID)
    history.visit(Place("a", "a-p12:2.000"))  # a few lines further in the same passage
    assert history.back_places() == [A_MID]
    # a jump that went nowhere (a heading already at the top) left the place it arrived at
    history.visit(B_TOP)
    assert history.back(Place("b", "")) == A_MID  # not B_TOP again


def test_nothing_to_go_back_to_in_a_new_history():
    history = History()
    assert not history.can_go_back and not history.can_go_forward
    assert history.back(A_TOP) is None and history.forward(A_TOP) is None
    assert not history.can_go_forward  # a failed step records nothing


def test_the_history_keeps_at_most_its_limit():
    history = History(limit=3)
    for i in range(10):
        history.visit(Place("a", f"a-p{i}:0"))
    assert [p.block_id for p in history.back_places()] == ["a-p9", "a-p8", "a-p7"]


def test_a_place_names_its_block():
    assert A_MID.block_id == "a-p12" and A_TOP.block_id == ""
    assert A_MID.same_spot(Place("a", "a-p12:3")) and not A_MID.same_spot(Place("b", "a-p12:0"))
