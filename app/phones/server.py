"""The phone server: a Starlette app on uvicorn, in a background thread or headless.

``create_app(db, base_url=...)`` builds the app (the JSON API of ``app.phones.api`` and
the pages of ``app.phones.pages``); ``PhoneServer(db, host, port)`` runs it:
``start() -> base_url``, ``stop()``, ``url``. Votes go through one writer thread
(``VoteWriter``) that commits them in batches – secret ballots in shuffled groups of at
least ``group`` votes – and answers each phone only after its batch is committed.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import queue
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette

from app.changes import ChangeEvent, Changes
from app.db import Database
from app.models import Ballot, BallotState
from app.services import phones
from app.services.errors import ServiceError

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
SECRET_GROUP = 5  # issue 15 item 5: no file links a member to a choice more finely than 5 voters


# ------------------------------------------------------------------ the writer


@dataclass
class _Held:
    request: phones.VoteRequest
    future: concurrent.futures.Future[phones.Receipt | phones.PhoneRefusal | ServiceError]


class VoteWriter:
    """One thread that commits the phones' votes in batches (one transaction each).

    Votes of a secret ballot wait until at least ``group`` of them are pending; then they
    are committed together, shuffled, with their has-voted rows, so no state of the
    database file or its -wal links a member to a choice more finely than that group.
    ``flush(ballot_id)`` commits a ballot's waiting votes whatever their number (before
    the ballot closes); votes still waiting when the ballot is no longer open are
    answered "voting has closed".
    """

    def __init__(self, db: Database, *, group: int = SECRET_GROUP, max_batch: int = 1000) -> None:
        self.db = db
        self.group = max(1, group)
        self.max_batch = max_batch
        self._queue: queue.Queue[_Held | int | None] = queue.Queue()
        self._held: dict[int, list[_Held]] = {}
        self._secret: dict[int, bool] = {}
        self._stored_secret: set[int] = set()  # secret ballots this writer stored votes in
        self.scrubbed: list[int] = []  # ballots scrubbed after closing (for tests and the log)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        with self._lock:
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(target=self._run, name="phone-vote-writer", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=10)

    def submit(
        self, request: phones.VoteRequest
    ) -> concurrent.futures.Future[phones.Receipt | phones.PhoneRefusal | ServiceError]:
        """Queue a vote; the future holds its receipt or refusal once committed."""
        self.start()
        fut: concurrent.futures.Future[phones.Receipt | phones.PhoneRefusal | ServiceError] = (
            concurrent.futures.Future()
        )
        self._queue.put(_Held(request, fut))
        return fut

    def flush(self, ballot_id: int) -> None:
        """Commit the waiting votes of this ballot now (the facilitator is closing it)."""
        self.start()
        self._queue.put(ballot_id)

    def held(self, ballot_id: int) -> int:
        return len(self._held.get(ballot_id, ()))

    def ballot_changed(self) -> None:
        """The ballots changed (one may have closed): look at the waiting votes again."""
        self._queue.put(-1)

    def _is_secret(self, ballot_id: int) -> bool:
        if ballot_id not in self._secret:
            with self.db.read() as s:
                self._secret[ballot_id] = bool(s.scalar(select(Ballot.secret).where(Ballot.id == ballot_id)))
        return self._secret[ballot_id]

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                self._finish()
                return
            items: list[_Held | int | None] = [first]
            while len(items) < self.max_batch:
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            batch: list[_Held] = []
            flush: set[int] = set()
            recheck = False
            stop = False
            for item in items:
                if item is None:
                    stop = True
                elif isinstance(item, int):
                    if item == -1:
                        recheck = True
                    else:
                        flush.add(item)
                else:
                    try:
                        secret = self._is_secret(item.request.ballot_id)
                    except Exception:  # the database failed: answer this one now
                        secret = False
                    if secret:
                        self._held.setdefault(item.request.ballot_id, []).append(item)
                    else:
                        batch.append(item)
            if recheck and self._held:
                flush |= self._not_open(set(self._held))
            closed_secret = self._not_open(set(self._stored_secret)) if recheck and self._stored_secret else set()
            for ballot_id in list(self._held):
                waiting = self._held[ballot_id]
                if len(waiting) >= self.group or ballot_id in flush:
                    batch.extend(waiting)
                    del self._held[ballot_id]
            if batch:
                self._commit(batch)
            for ballot_id in closed_secret:
                self._scrub(ballot_id)
            if stop:
                self._finish()
                return

    def _scrub(self, ballot_id: int) -> None:
        self._stored_secret.discard(ballot_id)
        try:
            phones.scrub_after_close(self.db, ballot_id)
            self.scrubbed.append(ballot_id)
        except Exception:
            log.exception("the database could not be rewritten after secret ballot %s closed", ballot_id)

    def _not_open(self, ballot_ids: set[int]) -> set[int]:
        with self.db.read() as s:
            open_ids = set(
                s.scalars(select(Ballot.id).where(Ballot.id.in_(ballot_ids), Ballot.state == BallotState.OPEN))
            )
        return ballot_ids - open_ids

    def _commit(self, batch: list[_Held]) -> None:
        try:
            answers = phones.submit_votes(self.db, [h.request for h in batch])
        except Exception as exc:  # the commit failed: nothing of the batch is stored
            log.exception("phone votes could not be stored")
            error = ServiceError("Your vote could not be stored ({reason}); please send it again.", reason=str(exc))
            for h in batch:
                if not h.future.done():
                    h.future.set_result(error)
            return
        for h, answer in zip(batch, answers, strict=True):
            if isinstance(answer, phones.Receipt) and self._secret.get(h.request.ballot_id):
                self._stored_secret.add(h.request.ballot_id)
            if not h.future.done():
                h.future.set_result(answer)

    def _finish(self) -> None:
        """Stopping: votes still waiting are not stored (their phones never got a receipt
        and will send them again)."""
        for waiting in self._held.values():
            for h in waiting:
                if not h.future.done():
                    h.future.cancel()
        self._held.clear()


# --------------------------------------------------------------- the live feed


class Broadcaster:
    """Fans the database's change feed out to the phones' event streams (asyncio queues).
    Only changes to ballots (opened, closed, revealed) are sent: a phone then fetches its
    ballot again."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._listeners: list[Callable[[str], None]] = []
        self._lock = threading.Lock()
        self._unsubscribe: Callable[[], None] | None = None
        self.on_ballots: list[Callable[[], None]] = []
        self.on_members: list[Callable[[], None]] = []

    def start(self) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = self.db.subscribe(self._changed)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _changed(self, event: ChangeEvent) -> None:
        if event.changes & Changes.MEMBERS:
            for hook in list(self.on_members):
                hook()
        if not event.changes & Changes.BALLOTS:
            return
        for hook in list(self.on_ballots):
            hook()
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener("ballot")

    def listen(self, callback: Callable[[str], None]) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(callback)

        def remove() -> None:
            with self._lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)

        return remove

    @property
    def listeners(self) -> int:
        return len(self._listeners)


# ------------------------------------------------------------------- the context


@dataclass
class PhoneContext:
    """What the routes share: the database, the address phones use, the writer, the
    feed, the throttle of token guessing. ``closing`` is set when the server stops (the
    event streams end)."""

    db: Database
    base_url: str
    writer: VoteWriter
    feed: Broadcaster
    throttle: Throttle
    ballots: phones.OpenBallots
    closing: threading.Event = field(default_factory=threading.Event)
    members: TokenCache = field(default_factory=lambda: TokenCache())
    wait_seconds: float = 20.0  # how long a vote request waits for its batch before "waiting" (202)

    def link_url(self, link: phones.IssuedLink) -> str:
        return link.url(self.base_url)


class TokenCache:
    """token -> its holder, for ``ttl`` seconds, cleared on every change to the members or
    links of this process (another process's new links count after ``ttl`` at most)."""

    def __init__(self, ttl: float = 30.0) -> None:
        self.ttl = ttl
        self._data: dict[str, tuple[phones.PhoneMember, float]] = {}
        self.generation = 0
        self._lock = threading.Lock()

    def get(self, token: str) -> phones.PhoneMember | None:
        hit = self._data.get(token)
        if hit is None or time.monotonic() - hit[1] > self.ttl:
            return None
        return hit[0]

    def put(self, token: str, member: phones.PhoneMember, generation: int) -> None:
        with self._lock:
            if generation == self.generation:  # nothing changed while it was looked up
                self._data[token] = (member, time.monotonic())

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._data = {}


class Throttle:
    """Slows down token and code guessing, per client address: after ``free`` failed
    attempts every further attempt waits longer (doubling up to ``max_delay`` seconds);
    after ``limit`` failures the client is refused (429) until ``window`` seconds pass
    without a failure. A successful attempt does not reset it (a guesser holding one valid
    link must not get free guesses)."""

    def __init__(self, *, free: int = 5, limit: int = 30, max_delay: float = 2.0, window: float = 600.0) -> None:
        self.free = free
        self.limit = limit
        self.max_delay = max_delay
        self.window = window
        self._fails: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def _count(self, client: str, now: float) -> int:
        n, last = self._fails.get(client, (0, 0.0))
        if n and now - last > self.window:
            del self._fails[client]
            return 0
        return n

    def delay(self, client: str) -> float | None:
        """Seconds to wait before looking at this client's attempt; None: refuse it."""
        with self._lock:
            n = self._count(client, time.monotonic())
        if n >= self.limit:
            return None
        if n < self.free:
            return 0.0
        return float(min(self.max_delay, 0.05 * 2 ** (n - self.free)))

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            n = self._count(client, now)
            self._fails[client] = (n + 1, now)
            if len(self._fails) > 100_000:  # a flood of addresses: forget the oldest half
                for key, _ in sorted(self._fails.items(), key=lambda kv: kv[1][1])[:50_000]:
                    del self._fails[key]

    def failures(self, client: str) -> int:
        with self._lock:
            return self._count(client, time.monotonic())


# ------------------------------------------------------------------------ the app


def create_app(
    db: Database, *, base_url: str, group: int = SECRET_GROUP, throttle: Throttle | None = None
) -> Starlette:
    """The phones' web app for ``db``; ``base_url`` is the address phones use (it goes
    into links and QR codes). ``app.state.ctx`` is the ``PhoneContext``."""
    from app.phones import api, pages

    writer = VoteWriter(db, group=group)
    feed = Broadcaster(db)
    feed.on_ballots.append(writer.ballot_changed)
    ctx = PhoneContext(
        db=db,
        base_url=base_url.rstrip("/"),
        writer=writer,
        feed=feed,
        throttle=throttle or Throttle(),
        ballots=phones.OpenBallots(db),
    )
    feed.on_ballots.append(ctx.ballots.invalidate)
    feed.on_members.append(ctx.members.clear)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        writer.start()
        feed.start()
        try:
            yield
        finally:
            ctx.closing.set()
            feed.stop()
            writer.stop()

    app = Starlette(
        routes=[*api.routes(ctx), *pages.routes(ctx)],
        exception_handlers=api.exception_handlers(),
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    return app


# ------------------------------------------------------------------ the addresses


def lan_address() -> str:
    """The laptop's address on the local network (the first IPv4 address that is not
    loopback), or 127.0.0.1 when it has none. Sends nothing."""
    candidates: list[str] = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            candidates.append(str(info[4][0]))
    with contextlib.suppress(OSError):
        candidates.append(socket.gethostbyname(socket.gethostname()))
    for address in candidates:
        if not address.startswith("127."):
            return address
    return "127.0.0.1"


def base_url_for(host: str, port: int) -> str:
    """The address phones must use for a server listening on ``host``."""
    shown = lan_address() if host in ("", "0.0.0.0", "::") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


FIREWALL_HINT = (
    "If phones cannot open it: they must be on the same Wi-Fi as this laptop, and the laptop's firewall "
    "must allow incoming connections to port {port} (on Windows allow Tingsted when asked; on macOS "
    "System Settings → Network → Firewall; on Linux e.g. `sudo ufw allow {port}/tcp`). Some guest "
    "Wi-Fi networks keep devices apart (\u201cclient isolation\u201d): use a network without it."
)


# ------------------------------------------------------------------- the server


class PhoneServer:
    """The phone server in a background thread: ``start()`` returns the base URL once it
    listens; ``stop()`` ends it (open event streams end, waiting votes are answered)."""

    def __init__(
        self, db: Database, host: str = "0.0.0.0", port: int = DEFAULT_PORT, *, group: int = SECRET_GROUP
    ) -> None:
        self.db = db
        self.host = host
        self.port = port
        self.group = group
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app: Starlette | None = None
        self.url: str | None = None

    @property
    def ctx(self) -> PhoneContext:
        assert self.app is not None, "start the server first"
        ctx: PhoneContext = self.app.state.ctx
        return ctx

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 15.0) -> str:
        if self.running:
            assert self.url is not None
            return self.url
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise ServiceError(
                "Cannot listen on {host} port {port} ({reason}); is another server using it? Try another port.",
                host=self.host,
                port=self.port,
                reason=exc.strerror or str(exc),
            ) from exc
        sock.listen(2048)
        sock.setblocking(False)
        port = int(sock.getsockname()[1])
        self.url = base_url_for(self.host, port)
        self.app = create_app(self.db, base_url=self.url, group=self.group)
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=2,
            backlog=2048,
            access_log=False,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="phone-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ServiceError("The phone server did not start on port {port}.", port=port)
            time.sleep(0.02)
        return self.url

    def flush(self, ballot_id: int) -> None:
        """Commit the votes of a secret ballot that wait for their group (call it before
        closing the ballot)."""
        if self.app is not None:
            self.ctx.writer.flush(ballot_id)

    def stop(self) -> None:
        if self.app is not None:
            self.ctx.closing.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None
        self._server = None
