"""Editorial figures (copydesk.editorial) and their place in copydesk eval."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import copydesk
from copydesk import editorial
from copydesk.eval import altered_quotes, evaluate, load_dataset
from copydesk.model import CheckReport, Rewrite, Sentence

SOURCE = [
    "Mayor Alan Brooks opened the new bridge over the river on Monday.",
    "He had been in hospital for a week with pneumonia.",
    "Councillor Rita Vance criticised the cost of the project.",
    "Workers on the bridge (left) on Monday .",
    '"It is a fine bridge," said Brooks.',
]


def rewrite_of(headline, summary, body):
    return Rewrite(article=copydesk.Article(text=" ".join(SOURCE)), summary=summary, headline=headline,
                   dateline=None, body=body, engine="test",
                   created_at=dt.datetime(2025, 7, 6, tzinfo=dt.UTC), check=CheckReport(ok=True),
                   source_sentences=SOURCE)


@pytest.mark.parametrize("text, broken", [
    ('He said: "It is done." Then he left.', False),
    ('in our prisons. " This new law will help," he said.', True),
    ("He said 'we will win' and left.", False),
    ("The players' ball was lost, 'sadly' for them.", False),
    ("The forward is obviously Loungin' before games with his tune.", False),  # a dropped "g"
    ("He said the trip was a long way to go' and left.", True),
    ("' Mr Brooks's attack comes ahead of the vote.", True),
    ("'We meet here in the middle of a fight.", True),
    ("And the people, the SNP.' Mr Brooks said.", True),
    ("'In Barcelona, it' s my home,' he said, 'and always will be.'", False),
    ("„Das ist ein guter Tag“, sagte sie.", False),
    ("He said: '”It was a fine day.'", True),
    ("No quotation mark stands in this line at all.", False),
    ('She said: "It is done. Then she left.', True),
    ("« Il est là », a-t-il dit.", False),
])
def test_quotes_broken(text, broken):
    assert editorial.quotes_broken(text) is broken


def test_measure_counts_junk_dangling_and_broken_quotes():
    result = rewrite_of(
        "He Opens New Bridge Over River",
        [Sentence(SOURCE[0], [0])],
        [[Sentence(SOURCE[2], [2]), Sentence(SOURCE[1], [1])],
         [Sentence(SOURCE[3], [3])],
         [Sentence('"It is a fine bridge, said Brooks.', [4])]],
    )
    fig = editorial.measure(result)
    assert fig.headline_problem and "pronoun" in fig.headline_problem
    assert fig.dangling == 1  # "He had been in hospital" after Vance
    assert fig.junk == 1  # the caption
    assert fig.broken_quotes


def test_the_dangling_measure_counts_each_kind():
    source = ["Jane Example won the final in Fairhaven on Sunday.",
              "Alan Brooks, the champion of 2010, lost in the first round.",
              "Fans booed the former champion, who left the court early.",
              "Example and Brooks then went to a party at the club.",
              "Many fear they will not play again."]
    result = Rewrite(article=copydesk.Article(text=" ".join(source)), headline="Jane Example Wins Final",
                     summary=[], dateline=None, engine="test", created_at=dt.datetime(2025, 7, 6, tzinfo=dt.UTC),
                     check=CheckReport(ok=True), source_sentences=source,
                     body=[[Sentence(source[0], [0])], [Sentence(source[2], [2])], [Sentence(source[4], [4])],
                           [Sentence(source[3], [3])]])
    fig = editorial.measure(result)
    assert fig.dangling == 3, fig.problems
    assert dict(fig.dangling_kinds) == {"a person described": 1, "a plural pronoun": 1,
                                        "an event after one told before": 1}
    assert editorial.figures([fig])["dangling_kinds"]["a person described"] == 1
    assert editorial.dangling_kind("“Brooks” is Alan Brooks in the source but nobody named") == "surname"
    assert editorial.dangling_kind("pronoun “He” points to Brooks in the source") == "pronoun"


def test_a_clean_rewrite_has_no_editorial_problems():
    result = rewrite_of("Mayor Opens New Bridge Over River",
                        [Sentence(SOURCE[0], [0]), Sentence(SOURCE[1], [1])],
                        [[Sentence(SOURCE[0], [0]), Sentence(SOURCE[1], [1])], [Sentence(SOURCE[4], [4])]])
    fig = editorial.measure(result)
    assert fig.problems == [] and fig.headline_ok
    figs = editorial.figures([fig, editorial.measure(rewrite_of("He Opens Bridge", [], []))])
    assert figs["headline_ok_share"] == 0.5 and figs["broken_quotes"] == 0


def test_eval_reports_the_editorial_figures(tmp_path):
    from tests.test_extractive import PAGE

    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"id": "a", "article": PAGE, "reference": "The port reopened."}) + "\n",
                    encoding="utf-8")
    report = evaluate(load_dataset(data), ["extractive"])
    fig = report["engines"]["extractive"]["editorial"]
    assert fig["articles"] == 1
    assert fig["junk_per_article"] == 0 and fig["broken_quotes"] == 0
    assert set(fig) >= {"headline_ok_share", "dangling_per_article"}


def test_altered_quotes_folds_a_mark_that_reopened_a_quote():
    source = 'He said: "The bridge took ten years. "It will carry 20,000 cars," he added.'
    assert altered_quotes(['He said: "The bridge took ten years. It will carry 20,000 cars," he added.'],
                          source) == []
    assert altered_quotes(['He said: "The bridge took eleven years."'], source) != []


def test_straight_marks_that_open_twice_are_broken():
    """Parity alone passes '"Ward said ... He added: "I don't ...': two marks, both opening."""
    from copydesk.editorial import quotes_broken

    assert quotes_broken('"Councillor Jo Sample said compensation was up for discussion. '
                         'He added: "I don\'t think it\'s a disaster.')
    assert quotes_broken('It was over." The mayor said it was over."')
    for fine in ('He said: "We are sad." She said: "We are not."', 'He said "no" and then "yes".',
                 '"Fine," he said. "Really."', 'The "big" one "came" home.'):
        assert not quotes_broken(fine), fine


def test_a_speakers_words_without_their_marks_never_ship_alone():
    """The first person outside marks after a quotation is the speaker's words, the marks lost
    ('... for this team."Our players have ...'): shipped alone they read as the paper's own.
    A road ("on I-40") is no first person."""
    import copydesk
    from copydesk.placescan import writer_speaks

    assert not writer_speaks("The three men were pulled over on I-40 outside Northtown.")
    text = ("The harbour board in Northtown closed the western pier on Monday after a storm damaged it. "
            'Board chairman Sam Example said: "The whole pier was under water." '
            "We have to rebuild it before the summer; we cannot open it as it is. "
            "The pier was built in 1901 and last repaired in 1990. "
            "Engineers will inspect it on Friday, the board said. "
            "Fishing boats will use the eastern quay until the pier reopens. "
            "The harbour master said the storm was the worst in ten years. "
            "Repairs are expected to cost about £2m, the board said.")
    result = copydesk.rewrite(text, published="2025-03-04")
    shipped = [s.text for p in result.body for s in p] + [s.text for s in result.summary]
    assert not any(s.startswith("We have to rebuild") for s in shipped), shipped
    assert "The pier was built in 1901 and last repaired in 1990." in shipped
