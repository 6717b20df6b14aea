"""The evaluation: surveys (Likert and free-text questions, for one day or the whole
assembly), the members' anonymous answers, and their results.

Answers are anonymous: a response has an optional free ``respondent_key`` (e.g. the
number written on a paper form) and never a member id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Assembly,
    MeetingDay,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyQuestionKind,
    SurveyResponse,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

KINDS = (SurveyQuestionKind.LIKERT.value, SurveyQuestionKind.TEXT.value)
DEFAULT_LABELS = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]
MAX_TEXT = 4000


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    survey_id: int
    position: int
    code: str
    kind: str
    text: str
    scale_min: int
    scale_max: int
    labels: list[str]

    @property
    def scale(self) -> list[int]:
        return list(range(self.scale_min, self.scale_max + 1))

    def label(self, value: int) -> str:
        """The label of a scale step ("Agree"), or the number when there is none."""
        index = value - self.scale_min
        if 0 <= index < len(self.labels) and self.labels[index]:
            return str(self.labels[index])
        return str(value)


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    assembly_id: int
    day_id: int | None
    day_number: int | None
    title: str
    questions: list[QuestionInfo]
    responses: int


@dataclass(frozen=True)
class QuestionResult:
    question: QuestionInfo
    n: int  # answers given (skipped ones not counted)
    counts: dict[int, int] = field(default_factory=dict)  # Likert: scale value -> number
    mean: float | None = None
    texts: list[str] = field(default_factory=list)  # free text answers

    @property
    def agree_share(self) -> float | None:
        """Share of answers in the upper part of the scale (above its midpoint)."""
        if self.question.kind != "likert" or not self.n:
            return None
        mid = (self.question.scale_min + self.question.scale_max) / 2
        return sum(c for v, c in self.counts.items() if v > mid) / self.n


@dataclass(frozen=True)
class SurveyResult:
    survey: SurveyInfo
    questions: list[QuestionResult]


# ------------------------------------------------------------------ helpers


def _question_info(q: SurveyQuestion) -> QuestionInfo:
    return QuestionInfo(
        q.id, q.survey_id, q.position, q.code, q.kind, q.text, q.scale_min, q.scale_max, [str(x) for x in q.labels]
    )


def _survey_info(s: Session, survey: Survey) -> SurveyInfo:
    responses = int(s.scalar(select(func.count(SurveyResponse.id)).where(SurveyResponse.survey_id == survey.id)) or 0)
    day_number = None
    if survey.day_id is not None:
        day = s.get(MeetingDay, survey.day_id)
        day_number = day.number if day else None
    return SurveyInfo(
        survey.id,
        survey.assembly_id,
        survey.day_id,
        day_number,
        survey.title,
        [_question_info(q) for q in survey.questions],
        responses,
    )


def _get_survey(s: Session, survey_id: int) -> Survey:
    return get_or_raise(s, Survey, survey_id, NotFound("No survey with id {id}.", id=survey_id))


def _check_day(s: Session, assembly_id: int, day_id: int | None) -> None:
    if day_id is None:
        return
    day = s.get(MeetingDay, day_id)
    if day is None or day.assembly_id != assembly_id:
        raise ServiceError("That meeting day does not belong to this assembly.")


def _slug(text: str) -> str:
    """A short column name for a question: "Jeg følte mig hørt" → "jeg_foelte_mig_hoert"."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:30].strip("_") or "q"


# ------------------------------------------------------------------ surveys


def create_survey(db: Database, assembly_id: int, title: str, *, day_id: int | None = None) -> SurveyInfo:
    """A new, empty survey for one meeting day (``day_id``) or the whole assembly."""
    title = title.strip()
    if not title:
        raise ServiceError("A survey needs a title.")
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        _check_day(s, assembly_id, day_id)
        survey = Survey(assembly_id=assembly_id, title=title, day_id=day_id)
        s.add(survey)
        s.flush()
        audit.record(s, assembly_id, "survey", survey.id, "created", {"title": title})
        return _survey_info(s, survey)


def update_survey(db: Database, survey_id: int, *, title: str | None = None, day_id: int | None = -1) -> SurveyInfo:
    """Rename a survey or move it to another day (``day_id=None``: the whole assembly)."""
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        if title is not None:
            if not title.strip():
                raise ServiceError("A survey needs a title.")
            survey.title = title.strip()
        if day_id != -1:
            _check_day(s, survey.assembly_id, day_id)
            survey.day_id = day_id
        audit.record(s, survey.assembly_id, "survey", survey.id, "updated", {"title": survey.title})
        return _survey_info(s, survey)


def delete_survey(db: Database, survey_id: int) -> None:
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        audit.record(s, survey.assembly_id, "survey", survey.id, "deleted", {"title": survey.title})
        s.delete(survey)


def list_surveys(db: Database, assembly_id: int) -> list[SurveyInfo]:
    with db.read() as s:
        surveys = s.scalars(select(Survey).where(Survey.assembly_id == assembly_id).order_by(Survey.id)).all()
        return [_survey_info(s, x) for x in surveys]


def get_survey(db: Database, survey_id: int) -> SurveyInfo:
    with db.read() as s:
        return _survey_info(s, _get_survey(s, survey_id))


# ---------------------------------------------------------------- questions


def add_question(
    db: Database,
    survey_id: int,
    text: str,
    *,
    kind: str = "likert",
    code: str | None = None,
    scale_min: int = 1,
    scale_max: int = 5,
    labels: list[str] | None = None,
) -> QuestionInfo:
    """Add a Likert (``scale_min``…``scale_max``, optional step labels) or free-text question.

    ``code`` names the question's column in an answers spreadsheet (made from the text
    when not given); it is unique within the survey.
    """
    text = text.strip()
    if not text:
        raise ServiceError("A question needs a text.")
    if kind not in KINDS:
        raise ServiceError("Unknown question kind {kind!r}: use likert or text.", kind=kind)
    if kind == "likert":
        if not 0 <= scale_min < scale_max <= 10:
            raise ServiceError("A scale goes from a lower to a higher number between 0 and 10 (e.g. 1 to 5).")
        steps = scale_max - scale_min + 1
        if labels is None:
            labels = list(DEFAULT_LABELS) if steps == len(DEFAULT_LABELS) else []
        labels = [str(x).strip() for x in labels]
        if labels and len(labels) != steps:
            raise ServiceError(
                "The scale has {steps} steps but {labels} labels were given.", steps=steps, labels=len(labels)
            )
    else:
        labels = []
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        existing = {q.code.lower() for q in survey.questions}
        if code is None or not code.strip():
            base = _slug(text)
            code, n = base, 2
            while code.lower() in existing:
                code, n = f"{base}_{n}", n + 1
        code = code.strip()
        if code.lower() in existing:
            raise ServiceError("The survey already has a question with the code {code!r}.", code=code)
        position = max((q.position for q in survey.questions), default=-1) + 1
        q = SurveyQuestion(
            survey_id=survey.id,
            position=position,
            code=code,
            kind=kind,
            text=text,
            scale_min=scale_min,
            scale_max=scale_max,
            labels=labels,
        )
        s.add(q)
        s.flush()
        audit.record(s, survey.assembly_id, "survey_question", q.id, "created", {"code": code})
        return _question_info(q)


def delete_question(db: Database, question_id: int) -> None:
    with db.session() as s:
        q = get_or_raise(s, SurveyQuestion, question_id, NotFound("No survey question with id {id}.", id=question_id))
        survey = _get_survey(s, q.survey_id)
        audit.record(s, survey.assembly_id, "survey_question", q.id, "deleted", {"code": q.code})
        s.delete(q)


# ------------------------------------------------------------------ answers


AnswerValue = int | str | None


def validate_answer(q: QuestionInfo, value: object) -> tuple[int | None, str | None]:
    """(value_int, value_text) for an answer, or ``ServiceError`` saying what is wrong.

    A Likert answer is a whole number on the scale or one of the step labels; an empty
    answer (None or "") means the question was skipped and gives (None, None).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if q.kind == "text":
        text = str(value).strip()
        if len(text) > MAX_TEXT:
            raise ServiceError("the answer is longer than {limit} characters", limit=MAX_TEXT)
        return None, text
    if isinstance(value, bool):
        raise ServiceError("not a number on the scale")
    number: int | None = None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        raw = str(value).strip()
        try:
            as_float = float(raw.replace(",", "."))
        except ValueError:
            lowered = raw.lower()
            for step in q.scale:
                if q.label(step).lower() == lowered:
                    number = step
                    break
            else:
                raise ServiceError(
                    "{text!r} is neither a number from {low} to {high} nor a label",
                    text=raw,
                    low=q.scale_min,
                    high=q.scale_max,
                )
        else:
            if not as_float.is_integer():
                raise ServiceError("{text} is not a whole number", text=raw)
            number = int(as_float)
    if not q.scale_min <= number <= q.scale_max:
        raise ServiceError(
            "{number} is outside the scale {low}–{high}", number=number, low=q.scale_min, high=q.scale_max
        )
    return number, None


def _add_response(
    s: Session, survey: Survey, answers: Mapping[int, tuple[int | None, str | None]], respondent_key: str
) -> int:
    response = SurveyResponse(survey_id=survey.id, respondent_key=respondent_key)
    s.add(response)
    s.flush()
    for question_id, (number, text) in answers.items():
        if number is None and text is None:
            continue
        s.add(SurveyAnswer(response_id=response.id, question_id=question_id, value_int=number, value_text=text))
    return response.id


def add_response(
    db: Database, survey_id: int, answers: Mapping[int | str, AnswerValue], *, respondent_key: str = ""
) -> int:
    """Store one filled-in survey; ``answers`` maps question id or code to the answer.

    Every answer is checked first; one bad answer stores nothing.
    """
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        questions = [_question_info(q) for q in survey.questions]
        by_id = {q.id: q for q in questions}
        by_code = {q.code.lower(): q for q in questions}
        checked: dict[int, tuple[int | None, str | None]] = {}
        for key, value in answers.items():
            q = by_id.get(key) if isinstance(key, int) else by_code.get(str(key).lower())
            if q is None:
                raise ServiceError("The survey has no question {key!r}.", key=key)
            try:
                checked[q.id] = validate_answer(q, value)
            except ServiceError as exc:
                raise ServiceError("Question {code}: {problem}.", code=q.code, problem=exc) from exc
        if not any(v != (None, None) for v in checked.values()):
            raise ServiceError("The response has no answers.")
        response_id = _add_response(s, survey, checked, respondent_key.strip())
        audit.record(s, survey.assembly_id, "survey_response", response_id, "created", {})
        return response_id


def add_responses(
    db: Database,
    survey_id: int,
    rows: Sequence[tuple[str, Mapping[int, tuple[int | None, str | None]]]],
    *,
    replace: bool = False,
) -> int:
    """Store many already-checked responses (an import) in one transaction; with
    ``replace`` the survey's earlier responses are removed in the same transaction."""
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        valid_ids = {q.id for q in survey.questions}
        if replace:
            _delete_responses(s, survey.id)
        for key, answers in rows:
            if set(answers) - valid_ids:
                raise ServiceError("An answer refers to a question of another survey.")
            _add_response(s, survey, answers, key)
        audit.record(
            s, survey.assembly_id, "survey", survey.id, "answers_imported", {"responses": len(rows), "replace": replace}
        )
        return len(rows)


def _delete_responses(s: Session, survey_id: int) -> int:
    ids = list(s.scalars(select(SurveyResponse.id).where(SurveyResponse.survey_id == survey_id)))
    if ids:
        s.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids)))
        s.execute(delete(SurveyResponse).where(SurveyResponse.id.in_(ids)))
    return len(ids)


def delete_responses(db: Database, survey_id: int) -> int:
    """Remove every answer of a survey (e.g. before importing a corrected file)."""
    with db.session() as s:
        survey = _get_survey(s, survey_id)
        removed = _delete_responses(s, survey.id)
        audit.record(s, survey.assembly_id, "survey", survey.id, "answers_deleted", {"responses": removed})
        return removed


# ------------------------------------------------------------------ results


def _results(s: Session, survey: Survey) -> SurveyResult:
    info = _survey_info(s, survey)
    rows = s.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.value_int, SurveyAnswer.value_text)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.survey_id == survey.id)
        .order_by(SurveyResponse.id)
    ).all()
    per_question: dict[int, list[tuple[int | None, str | None]]] = {}
    for question_id, number, text in rows:
        per_question.setdefault(question_id, []).append((number, text))
    out: list[QuestionResult] = []
    for q in info.questions:
        answers = per_question.get(q.id, [])
        if q.kind == "likert":
            counts = dict.fromkeys(q.scale, 0)
            for number, _ in answers:
                if number is not None and number in counts:
                    counts[number] += 1
            n = sum(counts.values())
            mean = sum(v * c for v, c in counts.items()) / n if n else None
            out.append(QuestionResult(q, n, counts, mean))
        else:
            texts = [t for _, t in answers if t]
            out.append(QuestionResult(q, len(texts), texts=texts))
    return SurveyResult(info, out)


def survey_results(db: Database, survey_id: int) -> SurveyResult:
    with db.read() as s:
        return _results(s, _get_survey(s, survey_id))


def evaluation_results(db: Database, assembly_id: int) -> list[SurveyResult]:
    """The results of every survey of the assembly (oldest first)."""
    with db.read() as s:
        surveys = s.scalars(select(Survey).where(Survey.assembly_id == assembly_id).order_by(Survey.id)).all()
        return [_results(s, x) for x in surveys]
