"""Datasette over a newsmon database, configured by the repository's metadata.yml."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
METADATA = PROJECT_ROOT / "metadata.yml"
PLUGINS_DIR = PROJECT_ROOT / "newsmon" / "datasette_plugins"
TEMPLATES_DIR = PROJECT_ROOT / "newsmon" / "templates"

# Published data is read-only and queries are bounded: scraped text is untrusted.
SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "1000",
    "allow_download": "off",  # the whole .db holds internal tables; CSV/JSON exports stay on
    # Facets are for browsing: a search matching tens of thousands of articles leaves them out
    # rather than wait for them (bench/search_bench.py); Datasette's facet suggestions, which scan
    # every match, are off. Not 20 or less: Datasette then checks the clock after every SQLite
    # instruction and every facet crawls (datasette.utils.sqlite_timelimit).
    "facet_time_limit_ms": "25",
    "suggest_facets": "off",
    "truncate_cells_html": "400",  # article bodies are long; the article page shows them whole
}


def datasette_args(db_path: str, *, host: str = "127.0.0.1", port: int = 8001,
                   metadata: Path = METADATA) -> list[str]:
    args = [sys.executable, "-m", "datasette", "serve", str(db_path), "--host", host,
            "--port", str(port), "--metadata", str(metadata)]
    if PLUGINS_DIR.is_dir():
        args += ["--plugins-dir", str(PLUGINS_DIR)]
    if TEMPLATES_DIR.is_dir():
        args += ["--template-dir", str(TEMPLATES_DIR)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, value]
    return args


def datasette_app(db_path: str, *, metadata: Path = METADATA):
    """The same Datasette that ``serve`` runs, in process (for tests and scripts)."""
    import yaml
    from datasette.app import Datasette

    return Datasette([str(db_path)], metadata=yaml.safe_load(metadata.read_text(encoding="utf-8")),
                     plugins_dir=str(PLUGINS_DIR), template_dir=str(TEMPLATES_DIR),
                     settings=typed_settings())


def typed_settings() -> dict:
    """SETTINGS as Datasette holds them in memory (the command line parses the strings)."""
    from datasette.app import DEFAULT_SETTINGS

    def typed(name: str, value: str):
        default = DEFAULT_SETTINGS[name]
        if isinstance(default, bool):
            return value.lower() in ("on", "true", "1")
        return type(default)(value)

    return {name: typed(name, value) for name, value in SETTINGS.items()}


def serve(db_path: str, *, host: str, port: int, metadata: Path = METADATA) -> int:
    """Run Datasette in the foreground until it stops; returns its exit code.

    Datasette runs as a child process. Ctrl-C reaches both through the terminal;
    a SIGTERM to newsmon (a service manager stopping it) is passed on. Either
    way Datasette never outlives the command that started it.
    """
    process = subprocess.Popen(datasette_args(db_path, host=host, port=port, metadata=metadata))
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: process.terminate())
    try:
        return process.wait()
    except KeyboardInterrupt:
        stop(process)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        stop(process)


def stop(process: subprocess.Popen, timeout: float = 10.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
