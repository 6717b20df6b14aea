"""The phones' JSON API (documented in docs/phones.md).

Every answer is JSON; a refusal is a 4xx with ``{"error": CODE, "message": SENTENCE,
"message_da": SÆTNING}`` and changes nothing. Bad input never gets a 5xx.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from app.i18n import LocalisedError
from app.services import phones
from app.services.errors import NotFound, ServiceError

if TYPE_CHECKING:
    from app.phones.server import PhoneContext

MAX_BODY = 64 * 1024  # a vote is a few hundred bytes; a ranking of 50 items ~2 KB

CODES = {
    phones.UnknownLink: "unknown_link",
    phones.NotEligible: "not_eligible",
    phones.AlreadyVoted: "already_voted",
    phones.BallotNotOpen: "ballot_not_open",
    phones.InvalidChoices: "invalid_choices",
}


def refusal(status: int, code: str, error: LocalisedError | str) -> JSONResponse:
    if isinstance(error, str):
        error = ServiceError(error)
    return JSONResponse(
        {"error": code, "message": str(error), "message_da": error.localised("da")},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


def answer(exc: Exception) -> JSONResponse:
    if isinstance(exc, phones.PhoneRefusal):
        return refusal(exc.status, CODES.get(type(exc), "refused"), exc)
    if isinstance(exc, NotFound):
        return refusal(404, "not_found", exc)
    if isinstance(exc, ServiceError):
        return refusal(503, "not_stored", exc)
    raise exc


def ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers={"Cache-Control": "no-store"})


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def guarded(
    ctx: PhoneContext, request: Request, secret: str | None, lookup: Any
) -> phones.PhoneMember | JSONResponse:
    """Look up a token or code, throttled per client: failures slow the next attempt."""
    client = client_of(request)
    delay = ctx.throttle.delay(client)
    if delay is None:
        return JSONResponse(
            {
                "error": "too_many_attempts",
                "message": "Too many wrong links or codes from this device; wait ten minutes and try again.",
                "message_da": ServiceError(
                    "Too many wrong links or codes from this device; wait ten minutes and try again."
                ).localised("da"),
            },
            status_code=429,
            headers={"Retry-After": str(int(ctx.throttle.window))},
        )
    if delay:
        await asyncio.sleep(delay)
    if not secret or len(secret) > 200:
        ctx.throttle.failed(client)
        return refusal(
            403,
            "unknown_link",
            "This voting link is not known or has been replaced; ask the check-in desk for a new one.",
        )
    cached = ctx.members.get(secret) if lookup is phones.member_for_token else None
    if cached is not None:
        return cached
    generation = ctx.members.generation
    try:
        member: phones.PhoneMember = await run_in_threadpool(lookup, ctx.db, secret)
    except phones.UnknownLink as exc:
        ctx.throttle.failed(client)
        return answer(exc)
    if lookup is phones.member_for_token:
        ctx.members.put(secret, member, generation)
    return member


async def read_json(request: Request) -> dict[str, Any] | JSONResponse:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        return refusal(415, "wrong_content_type", "Send the vote as JSON (Content-Type: application/json).")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        return refusal(413, "too_large", "The request is too large for a vote.")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return refusal(413, "too_large", "The request is too large for a vote.")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return refusal(400, "invalid_json", "The request is not valid JSON.")
    if not isinstance(data, dict):
        return refusal(422, "invalid_choices", "Send a JSON object with “choices” and “submission”.")
    return data


def routes(ctx: PhoneContext) -> list[Route]:
    async def get_ballot(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        pb = await run_in_threadpool(ctx.ballots.for_member, member)
        if pb is None:
            return refusal(404, "no_open_ballot", "No ballot is open right now.")
        return ok(pb.as_json(member.language))

    async def get_one_ballot(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        try:
            pb = await run_in_threadpool(phones.ballot_for, ctx.db, member.member_id, request.path_params["ballot_id"])
        except NotFound as exc:
            return answer(exc)
        return ok(pb.as_json(member.language))

    async def get_current(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        pb = await run_in_threadpool(phones.current_ballot_for, ctx.db, member.member_id)
        return ok({"ballot": None if pb is None else pb.as_json(member.language)})

    async def get_me(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        return ok({"member_number": member.number, "language": member.language})

    async def post_vote(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        data = await read_json(request)
        if isinstance(data, Response):
            return data
        choices = data.get("choices")
        if not isinstance(choices, dict):
            return refusal(422, "invalid_choices", "“choices” must map each item id to a choice.")
        try:
            submission = phones.valid_submission(data.get("submission"))
        except phones.InvalidChoices as exc:
            return answer(exc)
        req = phones.VoteRequest(member.member_id, request.path_params["ballot_id"], choices, submission)
        fut = ctx.writer.submit(req)
        try:
            result = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(fut)), ctx.wait_seconds)
        except TimeoutError:
            return ok(
                {
                    "counted": False,
                    "status": "waiting",
                    "message": "Your vote waits to be counted together with others (a secret ballot stores votes "
                    "in groups). Send it again with the same submission to learn when it is counted.",
                },
                status=202,
            )
        except asyncio.CancelledError:
            return refusal(503, "not_stored", "The server is stopping; your vote was not stored. Send it again.")
        if isinstance(result, phones.Receipt):
            return ok(result.as_json())
        return answer(result)

    async def get_surveys(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        surveys = await run_in_threadpool(phones.surveys_for, ctx.db, member.member_id)
        return ok({"surveys": [sv.as_json() for sv in surveys]})

    async def post_survey(request: Request) -> Response:
        member = await guarded(ctx, request, bearer(request), phones.member_for_token)
        if isinstance(member, Response):
            return member
        data = await read_json(request)
        if isinstance(data, Response):
            return data
        answers = data.get("answers")
        if not isinstance(answers, dict):
            return refusal(422, "invalid_choices", "“answers” must map each question id to an answer.")
        try:
            submission = phones.valid_submission(data.get("submission"))
            receipt = await run_in_threadpool(
                phones.submit_survey, ctx.db, member.member_id, request.path_params["survey_id"], answers, submission
            )
        except (phones.PhoneRefusal, NotFound) as exc:
            return answer(exc)
        return ok(receipt.as_json() | {"survey_id": receipt.ballot_id})

    async def post_join(request: Request) -> Response:
        data = await read_json(request)
        if isinstance(data, Response):
            return data
        code = data.get("code")
        member = await guarded(ctx, request, code if isinstance(code, str) else None, phones.member_for_code)
        if isinstance(member, Response):
            return member
        link = await run_in_threadpool(phones.token_for_code, ctx.db, str(code))
        return ok({"token": link.token, "path": link.path, "url": ctx.link_url(link)})

    async def events(request: Request) -> Response:
        member = await guarded(
            ctx, request, request.query_params.get("token") or bearer(request), phones.member_for_token
        )
        if isinstance(member, Response):
            return member
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[str] = asyncio.Queue()

        def tell(kind: str) -> None:
            loop.call_soon_threadsafe(inbox.put_nowait, kind)

        async def stream() -> AsyncIterator[str]:
            remove = ctx.feed.listen(tell)
            try:
                yield "retry: 2000\n\n"
                yield 'event: hello\ndata: {"kind": "hello"}\n\n'
                while not ctx.closing.is_set():
                    try:
                        kind = await asyncio.wait_for(inbox.get(), 1.0)
                    except TimeoutError:
                        if await request.is_disconnected():
                            return
                        continue
                    while not inbox.empty():  # a burst of changes: one event
                        inbox.get_nowait()
                    yield f'event: {kind}\ndata: {{"kind": "{kind}"}}\n\n'
            finally:
                remove()

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        )

    return [
        Route("/api/ballot", get_ballot, methods=["GET"]),
        Route("/api/current", get_current, methods=["GET"]),
        Route("/api/me", get_me, methods=["GET"]),
        Route("/api/ballots/{ballot_id:int}", get_one_ballot, methods=["GET"]),
        Route("/api/ballots/{ballot_id:int}/votes", post_vote, methods=["POST"]),
        Route("/api/surveys", get_surveys, methods=["GET"]),
        Route("/api/surveys/{survey_id:int}/responses", post_survey, methods=["POST"]),
        Route("/api/join", post_join, methods=["POST"]),
        Route("/api/events", events, methods=["GET"]),
    ]


def exception_handlers() -> dict[Any, Any]:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return refusal(404, "not_found", "There is nothing at this address.")
        if exc.status_code == 405:
            return refusal(405, "wrong_method", "This address does not take that kind of request.")
        return refusal(exc.status_code, "bad_request", "The request could not be understood.")

    return {HTTPException: http_error}
