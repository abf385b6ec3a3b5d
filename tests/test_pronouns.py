"""A "she" where the source's own words follow "he" (``copydesk.check.pronouns``)."""

from __future__ import annotations

from copydesk import check as verify
from copydesk.check.pronouns import swapped_pronoun

# Our own article, written for these tests: a vet, her patient's owner, and a dog.
SOURCE = [
    "Dr Maria Okafor, the practice's senior vet, examined the spaniel on Tuesday.",
    "Its owner, Peter Lund, said he noticed the dog limping after a walk on the beach.",
    "She said the injury was a torn ligament and would heal within six weeks.",
]


def index():
    return verify.SourceIndex(SOURCE)


def test_a_pronoun_of_the_other_sex_before_the_source_words_is_a_role_error():
    text = "Peter Lund said she noticed the dog limping after a walk."
    problem = swapped_pronoun(text, index())
    assert problem is not None and problem.kind == "role" and "“he noticed the" in problem.detail
    check = verify.check_sentence(text, index())
    assert check.status == "unsupported" and "role" in [p.kind for p in check.problems]
    swapped = "Dr Okafor examined the spaniel. He said the injury was a torn ligament."
    assert swapped_pronoun(swapped, index()) is not None


def test_the_same_pronoun_or_a_neutral_one_passes():
    assert swapped_pronoun("Peter Lund said he noticed the dog limping after a walk.", index()) is None
    # "they" for a person is a writer's choice, not another referent
    assert swapped_pronoun("Peter Lund said they noticed the dog limping.", index()) is None
    # words the source gives after no pronoun at all are not judged here
    assert swapped_pronoun("She examined the spaniel on Tuesday.", index()) is None
