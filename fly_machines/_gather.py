"""Running a `Gather`: several flows at once, for the sync and the async driver alike.

One scheduler steps every flow of a Gather (and of the Gathers they yield in turn) on the
driver's own thread or event loop, so the flows may share plain Python state. What the
flows ask for is done the way each driver does it: a request goes out on a thread of its
own (sync) or as an asyncio task (async), and many are in flight at once; a `Sleep` is a
timer of the scheduler. When nothing can run, the driver waits for the first request to
come back or the first timer to come due, whichever is first; with no request in flight
it sleeps on the client's clock until the next timer. So on a `ManualClock` concurrent
sleeps overlap (time jumps to the earliest timer, as on a real clock), which keeps a test
of many machines in virtual time as faithful as one of a single call.

Cancelling: an interrupt of the driver (KeyboardInterrupt or SystemExit in a sync
client's thread, asyncio cancellation of an async one) cancels every flow: each gets
`Cancelled` at its current step (a request in flight is let finish first, unless it is
a GET, whose answer changes nothing and which may be a long wait), and what the flows do
then (releasing leases, destroying what they made) runs to its end, shielded from more
interrupts; then the interrupt goes on. Background flows of a Gather are cancelled the
same way once its other flows have returned, and every flow of a Gather once one of them
raised.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import queue
import threading
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._engine import Cancelled, Flow, Gather, Send, Sleep
from .clock import Clock

__all__ = ["gather_async", "gather_sync"]

_RUNNING, _SLEEPING, _SENDING, _JOINING, _DONE = range(5)


class _Group:
    """One Gather: its flows' values so far and what its owner is waiting for."""

    def __init__(self, owner: _Task | None, size: int) -> None:
        self.owner = owner  # the task that yielded it; None for the driver's own Gather
        self.values: list[Any] = [None] * size
        self.running = size  # main flows that have not returned yet
        self.tasks: list[_Task] = []
        self.error: BaseException | None = None  # the first a flow raised

    def finished(self) -> bool:
        return all(task.state == _DONE for task in self.tasks)


class _Task:
    """One flow of a Gather, and where it stands."""

    def __init__(self, flow: Flow[Any], group: _Group, slot: int | None) -> None:
        self.flow = flow
        self.group = group
        self.slot = slot  # its place among the Gather's values; None for a background flow
        self.state = _RUNNING
        self.stopping = False  # to get Cancelled at its next step
        self.cancelled = False  # got it: what it does now is its clean-up, done in full
        self.child: _Group | None = None  # the Gather it waits for
        self.send: Send | None = None  # its request in flight
        self.sends = 0  # how many it has made: an answer to an abandoned one is ignored
        self.timer = 0  # the number of its pending timer (a cancelled one is skipped)


class _Scheduler:
    """The flows of one Gather and every Gather inside it; no I/O of its own. The driver
    starts the requests in `outbox`, drops those in `abandoned`, delivers their answers
    (`answered`), sleeps until `next_timer()`, and calls `step()` until `root` is done."""

    def __init__(self, gather: Gather, now: float) -> None:
        self.ready: deque[tuple[_Task, Any, BaseException | None]] = deque()
        self.timers: list[tuple[float, int, _Task]] = []
        self.outbox: list[_Task] = []
        self.abandoned: list[_Task] = []
        self._numbers = itertools.count(1)
        self.root = self._start(gather, None)
        self.now = now

    # -- what the driver calls --------------------------------------------------------------
    def step(self, now: float) -> None:
        """Run every flow that can run, after moving the timers due by `now`."""
        self.now = now
        while self.timers and self.timers[0][0] <= now:
            _, number, task = heapq.heappop(self.timers)
            if task.state == _SLEEPING and task.timer == number:
                task.state = _RUNNING
                self.ready.append((task, None, None))
        while self.ready:
            task, value, error = self.ready.popleft()
            self._resume(task, value, error)

    def next_timer(self, now: float) -> float | None:
        """Seconds until the first timer, or None when no flow sleeps."""
        while self.timers:
            _, number, task = self.timers[0]
            if task.state == _SLEEPING and task.timer == number:
                return max(self.timers[0][0] - now, 0.0)
            heapq.heappop(self.timers)
        return None

    def answered(
        self, task: _Task, number: int, response: Any, error: BaseException | None
    ) -> None:
        """The answer to the task's request number `number`, or what sending it raised."""
        if task.state != _SENDING or task.sends != number:
            return  # abandoned meanwhile
        task.state, task.send = _RUNNING, None
        self.ready.append((task, response, error))

    def cancel(self) -> None:
        """The driver was interrupted: cancel every flow."""
        self._cancel_group(self.root)

    @property
    def done(self) -> bool:
        return self.root.finished()

    def outcome(self) -> list[Any]:
        if self.root.error is not None:
            raise self.root.error
        return self.root.values

    # -- inside --------------------------------------------------------------------------
    def _start(self, gather: Gather, owner: _Task | None) -> _Group:
        flows, background = tuple(gather.flows), tuple(gather.background)
        group = _Group(owner, len(flows))
        group.tasks = [_Task(flow, group, slot) for slot, flow in enumerate(flows)]
        group.tasks += [_Task(flow, group, None) for flow in background]
        for task in group.tasks:
            self.ready.append((task, None, None))
        if not flows:
            self._no_more_main(group)
        return group

    def _resume(self, task: _Task, value: Any, error: BaseException | None) -> None:
        try:
            effect = task.flow.throw(error) if error is not None else task.flow.send(value)
        except StopIteration as stop:
            self._end(task, stop.value, None)
            return
        except BaseException as exc:  # a failure of the flow, or an interrupt inside it
            self._end(task, None, exc)
            return
        if task.stopping and not task.cancelled:
            # Cancelled before it could take this step: it gets Cancelled instead.
            task.cancelled = True
            if isinstance(effect, Gather):
                for flow in (*effect.flows, *effect.background):
                    flow.close()
            self.ready.append((task, None, Cancelled()))
        elif isinstance(effect, Sleep):
            task.state, task.timer = _SLEEPING, next(self._numbers)
            heapq.heappush(self.timers, (self.now + max(effect.seconds, 0.0), task.timer, task))
        elif isinstance(effect, Send):
            task.state, task.send = _SENDING, effect
            task.sends += 1
            self.outbox.append(task)
        elif isinstance(effect, Gather):
            task.state = _JOINING
            task.child = self._start(effect, task)
            if task.child.finished():
                self._group_done(task.child)
        else:
            problem = TypeError(f"a flow yielded {type(effect).__name__}, not an effect")
            self.ready.append((task, None, problem))

    def _end(self, task: _Task, value: Any, error: BaseException | None) -> None:
        task.state = _DONE
        group = task.group
        if isinstance(error, Cancelled) and task.cancelled:
            error = None  # it ended as it was asked to
        if error is not None and group.error is None:
            group.error = error
            self._cancel_group(group)
        if task.slot is not None:
            group.values[task.slot] = value
            group.running -= 1
            if group.running == 0:
                self._no_more_main(group)
        if group.finished():
            self._group_done(group)

    def _no_more_main(self, group: _Group) -> None:
        """Every main flow returned: the background ones are stopped."""
        for task in group.tasks:
            if task.slot is None:
                self._cancel(task)

    def _group_done(self, group: _Group) -> None:
        owner = group.owner
        if owner is None or owner.state != _JOINING:
            return
        owner.state, owner.child = _RUNNING, None
        error = group.error
        if owner.stopping and not owner.cancelled:
            owner.cancelled = True  # what it does now is its clean-up
            error = error or Cancelled()
        if error is not None:
            self.ready.append((owner, None, error))
        else:
            self.ready.append((owner, group.values, None))

    def _cancel_group(self, group: _Group) -> None:
        for task in group.tasks:
            self._cancel(task)

    def _cancel(self, task: _Task) -> None:
        if task.state == _DONE or task.stopping:
            return
        task.stopping = True
        if task.state == _SLEEPING:
            task.state, task.cancelled = _RUNNING, True
            self.ready.append((task, None, Cancelled()))
        elif task.state == _JOINING and task.child is not None:
            self._cancel_group(task.child)
        elif task.state == _SENDING and task.send is not None and task.send.request.method == "GET":
            # A read changes nothing at the API, and it may be a long wait: drop it.
            self.abandoned.append(task)
            task.state, task.send, task.cancelled = _RUNNING, None, True
            self.ready.append((task, None, Cancelled()))
        # Otherwise (running, or a write in flight) it gets Cancelled at its next step.


# -- the sync driver: requests on threads ------------------------------------------------------

# (the task, the number of its request, the response, or what sending it raised)
_Answer = tuple[_Task, int, Any, "BaseException | None"]


def gather_sync(
    gather: Gather, clock: Clock, send_by: Callable[[httpx.Request, float], httpx.Response]
) -> list[Any]:
    """Run `gather` for a sync `Client` (its clock, and its way of sending a request by a
    deadline): the flows' values, or what one of them raised."""
    scheduler = _Scheduler(gather, clock.monotonic())
    answers: queue.SimpleQueue[_Answer] = queue.SimpleQueue()
    in_flight: set[_Task] = set()
    interrupt: BaseException | None = None

    def send(task: _Task, number: int, effect: Send) -> None:
        try:
            response = send_by(effect.request, effect.deadline)
        except BaseException as exc:  # delivered to the flow, as the plain driver throws it
            answers.put((task, number, None, exc))
        else:
            answers.put((task, number, response, None))

    while True:
        try:
            scheduler.step(clock.monotonic())
            for task in scheduler.abandoned:
                in_flight.discard(task)
            scheduler.abandoned.clear()
            for task in scheduler.outbox:
                if task.state != _SENDING or task.send is None:
                    continue  # cancelled before it went out
                in_flight.add(task)
                # Daemon threads: an abandoned long wait must not keep the process alive.
                threading.Thread(
                    target=send, args=(task, task.sends, task.send), name="fly-gather", daemon=True
                ).start()
            scheduler.outbox.clear()
            if scheduler.done:
                break
            if scheduler.ready:
                continue
            delay = scheduler.next_timer(clock.monotonic())
            if in_flight:
                try:
                    task, number, response, error = answers.get(timeout=delay)
                except queue.Empty:
                    continue
                if task in in_flight and task.sends == number:
                    in_flight.discard(task)
                    scheduler.answered(task, number, response, error)
            elif delay is not None:
                clock.sleep(delay)
            else:
                raise RuntimeError("a Gather's flows all wait for each other")
        except (KeyboardInterrupt, SystemExit) as exc:
            # The flows clean up (shielded from further interrupts); then it goes on.
            if interrupt is None:
                interrupt = exc
                scheduler.cancel()
    if interrupt is not None:
        raise interrupt
    return scheduler.outcome()


# -- the async driver: requests as tasks -------------------------------------------------------


async def gather_async(
    gather: Gather,
    clock: Clock,
    send_by: Callable[[httpx.Request, float], Awaitable[httpx.Response]],
) -> list[Any]:
    """Run `gather` for an `AsyncClient` (its clock, and its way of sending a request by
    a deadline): the flows' values, or what one of them raised."""
    scheduler = _Scheduler(gather, clock.monotonic())
    in_flight: dict[asyncio.Future[httpx.Response], tuple[_Task, int]] = {}
    cancelled = False
    while True:
        try:
            scheduler.step(clock.monotonic())
            for task in scheduler.abandoned:
                for request, (owner, _) in list(in_flight.items()):
                    if owner is task:
                        request.cancel()
                        del in_flight[request]
            scheduler.abandoned.clear()
            for task in scheduler.outbox:
                if task.state != _SENDING or task.send is None:
                    continue  # cancelled before it went out
                request = asyncio.ensure_future(send_by(task.send.request, task.send.deadline))
                in_flight[request] = (task, task.sends)
            scheduler.outbox.clear()
            if scheduler.done:
                break
            if scheduler.ready:
                continue
            delay = scheduler.next_timer(clock.monotonic())
            if in_flight:
                finished, _ = await asyncio.wait(
                    in_flight, timeout=delay, return_when=asyncio.FIRST_COMPLETED
                )
                for request in finished:
                    task, number = in_flight.pop(request)
                    if request.cancelled():
                        scheduler.answered(task, number, None, asyncio.CancelledError())
                    else:
                        error = request.exception()
                        response = None if error is not None else request.result()
                        scheduler.answered(task, number, response, error)
            elif delay is not None:
                await clock.async_sleep(delay)
            else:
                raise RuntimeError("a Gather's flows all wait for each other")
        except asyncio.CancelledError:
            # The flows clean up (shielded from further cancellation); then it goes on.
            if not cancelled:
                cancelled = True
                scheduler.cancel()
    for request in in_flight:
        request.cancel()
    if cancelled:
        raise asyncio.CancelledError()
    return scheduler.outcome()
