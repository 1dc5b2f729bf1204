from __future__ import annotations

import gc

from ui.tasks import TaskRunner


def test_jobs_run_with_the_cyclic_gc_paused_and_it_comes_back(qtbot) -> None:
    runner = TaskRunner()
    seen: list[object] = []
    assert gc.isenabled()
    runner.run(gc.isenabled, seen.append, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [False]  # no collection walks the objects of a big check meanwhile
    assert gc.isenabled()
    runner.shutdown()


def test_a_failing_job_turns_the_gc_back_on_and_reports_the_error(qtbot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def job() -> None:
        raise ValueError("rusak")

    runner.run(job, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError)
    assert gc.isenabled()
    runner.shutdown()


def test_results_come_through_the_event_loop_even_when_the_job_ends_at_once(qtbot) -> None:
    """A job done before submit() returns has its done-callback run on the calling thread;
    the result must still wait for the event loop, never arrive inside run()."""
    from concurrent.futures import Future

    runner = TaskRunner()
    seen: list[object] = []

    def finished_at_once(fn, *args):
        future: Future[object] = Future()
        future.set_result(fn(*args))
        return future

    runner._executor.submit = finished_at_once  # type: ignore[method-assign]
    runner.run(lambda: "selesai", seen.append, seen.append)
    assert seen == []  # not inside run()
    qtbot.waitUntil(lambda: seen == ["selesai"], timeout=5000)
    runner.shutdown()
