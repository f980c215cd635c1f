"""The one surname index the speaker reader and the coder share, on a made-up dictionary."""

from __future__ import annotations

from collections.abc import Iterator

from actorgraph.actors.dictionary import ActorDictionary
from actorgraph.actors.surnames import actor_name_words, name_words
from actorgraph.coding.cameo_verbs import singular
from actorgraph.models import Actor


class _Converted:
    """Stands in for the converted Phoenix persons: (id, name) pairs."""

    def __init__(self, people: dict[str, str]) -> None:
        self.people = people

    def person_names(self) -> Iterator[tuple[str, str]]:
        return iter(self.people.items())

    def get(self, actor_id: str) -> Actor | None:
        name = self.people.get(actor_id)
        return Actor(id=actor_id, name=name, kind="person") if name else None


def _dictionary() -> ActorDictionary:
    mine = {
        "PER.ANA_VELDT": Actor(id="PER.ANA_VELDT", name="Ana Veldt", kind="person"),
        "GRP.VELDT_FRONT": Actor(id="GRP.VELDT_FRONT", name="Veldt Front", kind="rebel"),
    }
    converted = {f"PER.X{n}": f"Person{n} Morrow" for n in range(4)}
    converted |= {"PER.ANA_VELDT": "Ana Veldt", "PER.OLD": "Tomas Old",
                  "PER.Q": "J. Quill-Barrow"}
    d = ActorDictionary(actors=mine)
    d.extra = _Converted(converted)  # type: ignore[assignment]
    return d


def test_hand_made_person_wins_a_surname_over_converted_ones() -> None:
    surnames = _dictionary().surnames()
    assert surnames.bearers("veldt") == ["PER.ANA_VELDT"]  # not the front, not twice
    assert surnames.bearers("old") == ["PER.OLD"]  # no hand-made Old: the converted one
    assert surnames.bearers("nobody") == []


def test_a_surname_many_converted_persons_bear_is_common() -> None:
    surnames = _dictionary().surnames()
    assert surnames.is_common("morrow")
    assert not surnames.is_common("old")
    assert not surnames.is_common("veldt")  # the hand-made person is not counted


def test_hyphenated_and_initialled_names_split_as_the_parser_splits_them() -> None:
    assert name_words("J. Quill-Barrow") == ["j", "quill", "barrow"]
    assert _dictionary().surnames().bearers("barrow") == ["PER.Q"]
    actor = Actor(id="PER.Z", name="Lina Oduya", kind="person", aliases=("L. Oduya-Kent",))
    assert actor_name_words(actor) == {"lina", "oduya", "l", "kent"}


def test_persons_named_by_several_words_of_theirs() -> None:
    surnames = _dictionary().surnames()
    assert surnames.named({"ana", "veldt"}, "veldt") == ["PER.ANA_VELDT"]
    assert surnames.named({"person2", "morrow"}, "morrow") == ["PER.X2"]
    assert surnames.named({"tomas", "morrow"}, "morrow") == []


def test_hand_made_index_follows_the_dictionary_when_it_grows() -> None:
    d = _dictionary()
    assert d.surnames().hand_made("pell") == []
    d.actors["PER.RUTH_PELL"] = Actor(id="PER.RUTH_PELL", name="Ruth Pell", kind="person")
    assert d.surnames().hand_made("pell") == ["PER.RUTH_PELL"]


def test_singular_drops_plural_endings_but_not_a_double_s() -> None:
    assert [singular(w) for w in ("militias", "parties", "press", "gas", "bus")] == \
        ["militia", "party", "press", "gas", "bus"]


def test_given_names_open_several_full_names_and_surnames_are_counted() -> None:
    d = ActorDictionary(actors={
        "PER.IVO_MARSH": Actor(id="PER.IVO_MARSH", name="Ivo Marsh", kind="person")})
    d.extra = _Converted({"PER.A": "Ivo Pell", "PER.B": "Lena Marsh",  # type: ignore[assignment]
                          "PER.C": "Lena Dorn"})
    surnames = d.surnames()
    assert surnames.is_given("ivo") and surnames.is_given("lena")  # hand-made one counts
    assert not surnames.is_given("pell") and not surnames.is_given("marsh")
    assert surnames.bearer_count("marsh") == 2 and surnames.bearer_count("dorn") == 1
