"""Shared fixtures: one Extractor (and so one spaCy model load) per test session."""
import pytest


@pytest.fixture(scope="session")
def extractor():
    from extract.pipeline import Extractor

    return Extractor()
