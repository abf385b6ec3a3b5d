"""The writer's own first person in a rewrite ("I reach for another scone") is a column's or a
feature's voice, not news copy's: the check report and the rewrite command say so."""

from __future__ import annotations

from click.testing import CliRunner

import copydesk
from copydesk.check.voice import voice_note, writer_first_person
from copydesk.cli import main

TRAVEL = ("The scene in the old harbour hotel could not be further from the war it once housed. "
          "Afternoon tea is served in the lounge as the clouds part over Northtown. "
          "I reach for another scone and marvel that 70 years can seem an eternity. "
          "Seven decades ago the hotel was home to the officers who ran the island. "
          "My guide, Jo Example, points out the room where the surrender was signed. "
          "I walk down to the harbour as the festival's first band starts to play. "
          "The festival runs until the end of the month.")
NEWS = ("Northtown council voted on Friday to close the old pier, which opened in 1901. "
        "Council leader Jo Example said: \"I know this will upset people. "
        "I have walked on that pier all my life.\" "
        "Repairs would have cost 4 million pounds, the council said. "
        "'My family fished from it for decades,' said resident Sam Tester. "
        "Work on a new pier will start next spring.")


def test_the_writers_first_person_is_found_outside_quotations_only():
    paras = [["I reach for another scone.", "World War I ended in 1918.",
              'Jo Example said: "I know this will upset people.', "I have walked on that pier all my life.\"",
              "'My family fished from it,' said Sam Tester.", "The band plays on.", "I walk down to the harbour."]]
    assert writer_first_person(paras) == ["I reach for another scone.", "I walk down to the harbour."]


def test_a_feature_in_the_first_person_gets_a_note_and_news_with_quotes_gets_none():
    notes = " ".join(copydesk.rewrite(TRAVEL).check.notes)
    assert "voice: " in notes and "I reach for another scone" in notes
    assert not any(n.startswith("voice: ") for n in copydesk.rewrite(NEWS).check.notes)
    assert voice_note([["I went home."]]) is None  # (one sentence may be a slip)


def test_the_rewrite_command_says_so_on_stderr(tmp_path):
    story = tmp_path / "feature.txt"
    story.write_text(TRAVEL + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", str(story)])
    assert result.exit_code == 0
    assert "voice: " in result.stderr and "not news" in result.stderr
    assert "I reach for another scone" in result.stdout
