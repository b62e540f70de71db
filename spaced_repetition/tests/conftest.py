import pytest


@pytest.fixture
def no_fuzz(settings):
    """Grades schedule exactly as scheduling.review(..., fuzz=False), so tests can compare due dates."""
    settings.SRS_FUZZ = False
