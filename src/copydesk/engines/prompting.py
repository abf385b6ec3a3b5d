"""What model engines share: prompts, JSON schemas, tolerant parsing, map-reduce.

A model engine (``openai``, ``llama-cpp``) only has to say how to send one request
(``ModelEngine._generate``) and how to count tokens; this module does the rest:

* **prompts** ask for a headline, a summary and body paragraphs, using only what the
  article says, quotes word for word;
* **schemas** describe that answer as JSON, for structured output (OpenAI-compatible
  servers) or grammar-constrained decoding (llama.cpp, where the bounded schema
  keeps every answer a valid JSON prefix);
* **parsing** (``copydesk.engines.answers``) accepts JSON, JSON cut short by
  ``max_tokens`` (the unfinished last string is dropped and said so in a note), or
  the Markdown layout of the copy-desk output we replace;
* **map-reduce**: an article whose prompt does not fit the model's context is drafted
  in parts that do, and the parts' summaries are combined. The draft carries a note
  saying so; nothing is truncated.

Every model sentence gets its sources: the checker's supporting source sentences.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from copydesk.check.index import index_of
from copydesk.engines import Engine
from copydesk.engines.answers import parse_answer, plain, strings
from copydesk.errors import BadOption
from copydesk.lexicon import words
from copydesk.model import Document, Draft, Problem, Sentence
from copydesk.segment import split_sentences

HEADLINE_MAX = 160
SENTENCE_MAX = 400
PARAGRAPH_MAX = 900
BODY_MAX_PARAGRAPHS = 8
#: a model "sentence" with fewer words is a scrap, not a sentence
MIN_WORDS = 3

SYSTEM = (
    "You are a news copy editor. Rewrite the news article you are given. Use only facts the "
    "article states: add no name, number, date or quotation it does not contain. Keep every "
    "quotation word for word and say who said it, as the article does."
)

# ---------------------------------------------------------------------------- schemas


def _string(max_length: int | None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    if max_length:
        schema.update(minLength=1, maxLength=max_length)
    return schema


def _array(items: dict[str, Any], max_items: int | None, bounded: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": items}
    if bounded and max_items:
        schema.update(minItems=1, maxItems=max_items)
    return schema


def rewrite_schema(summary_sentences: int, *, bounded: bool = True, body: bool = True,
                   headline: bool = True) -> dict[str, Any]:
    """The JSON answer: ``headline``, ``summary`` (sentences), ``body`` (paragraphs).

    ``bounded`` adds length limits (for grammar-constrained decoding); OpenAI's strict
    structured output accepts the unbounded form only.
    """
    props: dict[str, Any] = {}
    if headline:
        props["headline"] = _string(HEADLINE_MAX if bounded else None)
    props["summary"] = _array(_string(SENTENCE_MAX if bounded else None), summary_sentences, bounded)
    if body:
        props["body"] = _array(_string(PARAGRAPH_MAX if bounded else None), BODY_MAX_PARAGRAPHS, bounded)
    return {"type": "object", "properties": props, "required": list(props),
            "additionalProperties": False}


def revise_schema(*, bounded: bool = True) -> dict[str, Any]:
    return {"type": "object", "properties": {"sentence": _string(SENTENCE_MAX if bounded else None)},
            "required": ["sentence"], "additionalProperties": False}


# ---------------------------------------------------------------------------- prompts


@dataclass
class Task:
    """One request to a model: what to ask, in JSON and in plain-text form.

    ``kind`` is "rewrite", "part" (one chunk of a long article), "reduce" (combine
    the parts' summaries) or "revise" (fix one flagged sentence). ``payload`` is the
    labelled input ("ARTICLE:\n..."); ``shot`` a worked example of our own for base
    models, which continue text rather than follow instructions.
    """

    kind: str
    ask: str
    payload: str
    json_hint: str
    text_hint: str
    shot: str
    schema: dict[str, Any]
    schema_bounded: dict[str, Any]
    system: str = SYSTEM

    @property
    def user_json(self) -> str:
        return f"{self.ask}\n{self.json_hint}\n\n{self.payload}"

    @property
    def user_text(self) -> str:
        """The same request asking for the Markdown layout (servers without structured output)."""
        return f"{self.ask}\n{self.text_hint}\n\n{self.payload}"

    def messages(self, structured: bool = True) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system},
                {"role": "user", "content": self.user_json if structured else self.user_text}]

    def prompt(self) -> str:
        """The task as one plain prompt, for a model without a chat template."""
        return f"{self.system} {self.ask}\n\n{self.shot}\n\n{self.payload}\n\nJSON:\n"


_MARKDOWN_LAYOUT = (
    "Answer in this layout:\n\n**Summary:**\n\n<the summary>\n\n**News Article:**\n\n"
    "**<the headline>**\n\n<the article, one paragraph per block>"
)

# A worked example, written for copydesk (not taken from any publication).
_SHOT_ARTICLE = (
    "The public library in Oakton will open on Sundays from May 4, the library board said on "
    "Monday. The change costs 18,000 dollars a year. \"People asked for it again and again,\" "
    "said board chair Ruth Adeyemi."
)
_SHOT_REWRITE = json.dumps({
    "headline": "Oakton library to open on Sundays from May 4",
    "summary": ["The Oakton public library will open on Sundays from May 4."],
    "body": ["The public library in Oakton will open on Sundays from May 4, the library board "
             "said on Monday.", "The change costs 18,000 dollars a year. \"People asked for it "
             "again and again,\" said board chair Ruth Adeyemi."],
})
_SHOT_REDUCE = json.dumps({
    "headline": "Oakton library to open on Sundays",
    "summary": ["The Oakton library will open on Sundays from May 4 at a cost of 18,000 dollars "
                "a year."],
})
_SHOT_REVISE = json.dumps({"sentence": "The Oakton library will open on Sundays from May 4."})


def rewrite_task(text: str, summary_sentences: int, *, part: int = 0, parts: int = 0) -> Task:
    where = (f"This is part {part} of {parts} of one long article; rewrite this part only. "
             if parts else "")
    ask = (f"{where}Write a headline, a summary of at most {summary_sentences} sentence"
           f"{'s' if summary_sentences != 1 else ''}, and the article rewritten as news: the most "
           "important facts first, in short paragraphs.")
    return Task(
        kind="part" if parts else "rewrite",
        ask=ask,
        payload=f"ARTICLE:\n{text}",
        json_hint=('Answer as a JSON object with the keys "headline" (a string), "summary" (a list '
                   'of sentences) and "body" (a list of paragraphs).'),
        text_hint=_MARKDOWN_LAYOUT,
        shot=f"ARTICLE:\n{_SHOT_ARTICLE}\n\nJSON:\n{_SHOT_REWRITE}",
        schema=rewrite_schema(summary_sentences, bounded=False),
        schema_bounded=rewrite_schema(summary_sentences),
    )


def reduce_task(summaries: str, summary_sentences: int) -> Task:
    ask = ("Below are the summaries of the parts of one long news article, in order. Write a "
           f"headline and a summary of the whole article in at most {summary_sentences} sentences.")
    return Task(
        kind="reduce",
        ask=ask,
        payload=f"SUMMARIES:\n{summaries}",
        json_hint=('Answer as a JSON object with the keys "headline" (a string) and "summary" (a '
                   'list of sentences).'),
        text_hint=("Answer in this layout:\n\n**Summary:**\n\n<the summary>\n\n"
                   "**News Article:**\n\n**<the headline>**"),
        shot=f"SUMMARIES:\n{_SHOT_ARTICLE}\n\nJSON:\n{_SHOT_REDUCE}",
        schema=rewrite_schema(summary_sentences, bounded=False, body=False),
        schema_bounded=rewrite_schema(summary_sentences, body=False),
    )


def revise_task(sentence: str, problems: list[Problem], sources: list[str]) -> Task:
    listed = "\n".join(f"- {p.kind}: {p.detail}" for p in problems) or "- not supported"
    src = "\n".join(f"- {s}" for s in sources)
    ask = ("A sentence of a rewrite says things its source does not. Rewrite the sentence so "
           "that it says only what the source sentences say; keep quotations word for word and "
           "with their speaker.")
    return Task(
        kind="revise",
        ask=ask,
        payload=f"SOURCE SENTENCES:\n{src}\n\nSENTENCE:\n{sentence}\n\nPROBLEMS:\n{listed}",
        json_hint='Answer as a JSON object with the key "sentence" (the corrected sentence).',
        text_hint="Answer with the corrected sentence only.",
        shot=("SOURCE SENTENCES:\n- The public library in Oakton will open on Sundays from May 4, "
              "the library board said on Monday.\n\nSENTENCE:\nThe Oakton library will open on "
              "Sundays from May 14.\n\nPROBLEMS:\n- number: 14 is not in the source\n\n"
              f"JSON:\n{_SHOT_REVISE}"),
        schema=revise_schema(bounded=False),
        schema_bounded=revise_schema(),
    )


_MARKUP = re.compile(r"https?://|www\.|</?[a-zA-Z][^>]*>|\[/?INST\]|<<\s*/?SYS\s*>>")


def _scrap(text: str, doc: Document) -> bool:
    """True for model text made of web or prompt debris (a URL or markup the source lacks)."""
    return any(m.group(0).lower() not in doc.text.lower() for m in _MARKUP.finditer(text))


# ---------------------------------------------------------------------------- the engine base


@dataclass
class Generation:
    """One model answer: its text and why generation stopped ("stop", "length")."""

    text: str
    finish_reason: str | None = None


class ModelEngine(Engine):
    """Base of engines that call a language model.

    Subclasses implement ``_generate`` (send one ``Task``), ``count_tokens`` and
    ``context_size``; this class builds the ``Draft``, does map-reduce for long
    articles and the one-shot ``revise``.
    """

    uses_model = True

    # -- what a subclass provides

    def _generate(self, task: Task, max_tokens: int) -> Generation:
        raise NotImplementedError

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text``; the default errs high (about three characters a token)."""
        return len(text) // 3 + 1

    def context_size(self) -> int:
        return int(self.settings.n_ctx)

    def render(self, task: Task) -> str:
        """The text of ``task`` as the model will read it (for counting tokens)."""
        return f"{task.system}\n{task.user_json}"

    def _map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        """Apply ``fn`` to each item; engines that can run requests side by side override this."""
        return [fn(item) for item in items]

    # -- drafting

    def _ask(self, task: Task, notes: list[str], label: str = "") -> dict[str, Any]:
        gen = self._generate(task, int(self.settings.max_tokens))
        data, more = parse_answer(gen.text, task.kind)
        if gen.finish_reason == "length" and not more:
            more = ["the model's answer stopped at the token limit (raise max_tokens)"]
        notes.extend(f"{label}{n}" for n in more)
        return data

    def _budget(self, task_for: Callable[[str], Task]) -> int:
        """Tokens left for article text in one request."""
        overhead = self.count_tokens(self.render(task_for(""))) + 16
        budget = self.context_size() - int(self.settings.max_tokens) - overhead
        if budget < 64:
            raise BadOption(
                f"the model context ({self.context_size()} tokens) leaves no room for the article "
                f"after max_tokens ({self.settings.max_tokens}) - raise --ctx or COPYDESK_N_CTX"
            )
        return budget

    @staticmethod
    def _sources(doc: Document, text: str) -> list[int]:
        """The source sentences that back ``text``, from the document's one index."""
        return index_of(doc).support(text)

    def _sentences(self, doc: Document, texts: list[str], seen: set[str],
                   dropped: Counter[str]) -> list[Sentence]:
        """Split ``texts`` into sentences with their sources. A sentence already in ``seen``
        (a model repeating itself) or a scrap (".", "1", a URL, markup) is left out and
        counted in ``dropped``."""
        out = []
        for text in texts:
            for sent in split_sentences(text, doc.language):
                key = " ".join(sent.lower().split())
                if key in seen:
                    dropped["repeat"] += 1
                    continue
                if len(words(sent)) < MIN_WORDS or _scrap(sent, doc):
                    dropped["scrap"] += 1
                    continue
                seen.add(key)
                if sent[-1] not in ".!?…\"”’'":
                    sent += "."
                out.append(Sentence(sent, self._sources(doc, sent)))
        return out

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        notes: list[str] = []
        text = "\n\n".join(" ".join(doc.sentences[i] for i in para) for para in doc.paragraphs) \
            if doc.paragraphs else " ".join(doc.sentences)
        budget = self._budget(lambda t: rewrite_task(t, summary_sentences))
        if self.count_tokens(text) <= budget:
            data = self._ask(rewrite_task(text, summary_sentences), notes)
            headline = plain(str(data.get("headline") or ""))
            summary_texts = strings(data.get("summary"))
            body_texts = strings(data.get("body"))
        else:
            headline, summary_texts, body_texts = self._map_reduce(doc, summary_sentences, notes)
        dropped: Counter[str] = Counter()
        summary = self._sentences(doc, summary_texts, set(), dropped)
        if len(summary) > summary_sentences:
            notes.append(f"the model wrote {len(summary)} summary sentences; kept the first "
                         f"{summary_sentences} as asked")
            summary = summary[:summary_sentences]
        seen: set[str] = set()
        body = [p for p in (self._sentences(doc, [t], seen, dropped) for t in body_texts) if p]
        if dropped["repeat"]:
            notes.append(f"the model repeated {dropped['repeat']} sentence(s); each was kept once")
        if dropped["scrap"]:
            notes.append(f"left out {dropped['scrap']} scrap(s) of model output that were not "
                         "sentences (too short, a URL or markup)")
        headline = re.sub(r"^(headline|title)\s*:\s*", "", headline, flags=re.I).strip(" \"'*#")
        if headline and (_scrap(headline, doc) or len(words(headline)) < 2):
            notes.append(f"the model's headline {headline[:60]!r} was not a headline; left out")
            headline = ""
        if not (headline or summary or body):
            notes.append(f"the {self.name} model returned nothing usable (try another model or "
                         "raise max_tokens)")
        return Draft(summary=summary, headline=headline, body=body, engine=self.name, notes=notes)

    def _chunks(self, pieces: list[str], budget: int) -> list[str]:
        """Group ``pieces`` (sentences) in order into texts of at most ``budget`` tokens.

        A single piece longer than the budget is split between words; every word is kept.
        """
        fitting: list[str] = []
        for piece in pieces:
            if self.count_tokens(piece) + 1 <= budget:
                fitting.append(piece)
                continue
            current: list[str] = []
            for word in piece.split():
                if current and self.count_tokens(" ".join([*current, word])) + 1 > budget:
                    fitting.append(" ".join(current))
                    current = []
                current.append(word)
            if current:
                fitting.append(" ".join(current))
        chunks: list[list[str]] = [[]]
        used = 0
        for piece in fitting:
            n = self.count_tokens(piece) + 1
            if used + n > budget and chunks[-1]:
                chunks.append([])
                used = 0
            chunks[-1].append(piece)
            used += n
        return [" ".join(c) for c in chunks if c]

    def _map_reduce(self, doc: Document, summary_sentences: int,
                    notes: list[str]) -> tuple[str, list[str], list[str]]:
        budget = self._budget(lambda t: rewrite_task(t, summary_sentences, part=9, parts=9))
        chunks = self._chunks(list(doc.sentences), budget)
        total = sum(self.count_tokens(s) + 1 for s in doc.sentences)
        notes.append(
            f"the article (about {total} tokens) does not fit the model context of "
            f"{self.context_size()} tokens with {self.settings.max_tokens} for the answer: "
            f"drafted in {len(chunks)} parts and combined (map-reduce); every part of the text "
            "went to the model, none was cut off"
        )
        per_part = min(2, summary_sentences)

        def run(item: tuple[int, str]) -> tuple[dict[str, Any], list[str]]:
            i, chunk = item
            part_notes: list[str] = []
            data = self._ask(rewrite_task(chunk, per_part, part=i + 1, parts=len(chunks)),
                             part_notes, label=f"part {i + 1}: ")
            return data, part_notes

        results = self._map(run, list(enumerate(chunks)))
        body: list[str] = []
        summaries: list[str] = []
        for data, part_notes in results:
            notes.extend(part_notes)
            body.extend(strings(data.get("body")))
            summaries.extend(strings(data.get("summary")))
        headline = ""
        rounds = 0
        while summaries:
            rounds += 1
            rbudget = self._budget(lambda t: reduce_task(t, summary_sentences))
            groups = self._chunks(summaries, rbudget)
            answers = [self._ask(reduce_task(g, summary_sentences), notes, label="combine: ")
                       for g in groups]
            new = [s for a in answers for s in strings(a.get("summary"))]
            headline = next((plain(str(a.get("headline"))) for a in answers if a.get("headline")),
                            headline)
            if len(groups) == 1 or rounds >= 4 or len(new) >= len(summaries):
                summaries = new
                break
            summaries = new
        if rounds > 1:
            notes.append(f"the parts' summaries were combined in {rounds} rounds")
        return headline, summaries, body

    # -- the repair policy's one chance

    def revise(self, doc: Document, sentence: str, problems: list[Problem]) -> str | None:
        support = self._sources(doc, sentence)[:3]
        if not support:
            return None
        task = revise_task(sentence, problems, [doc.sentences[i] for i in support])
        data = self._ask(task, [])
        revised = strings(data.get("sentence"))
        return revised[0] if revised else None

    def draft_many(self, docs: list[Document], *, summary_sentences: int = 3) -> list[Draft]:
        """Draft several documents, side by side where the engine allows it."""
        return self._map(lambda d: self.draft(d, summary_sentences=summary_sentences), docs)
