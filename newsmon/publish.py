"""Datasette over a newsmon database, configured by the repository's metadata.yml."""
from __future__ import annotations

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
    "allow_download": "off",
    "facet_time_limit_ms": "500",
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


def serve(db_path: str, *, host: str, port: int, metadata: Path = METADATA) -> int:
    """Run Datasette in the foreground until interrupted; returns its exit code."""
    try:
        return subprocess.call(datasette_args(db_path, host=host, port=port, metadata=metadata))
    except KeyboardInterrupt:
        return 0
