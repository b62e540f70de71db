from django.apps import AppConfig


class SpacedRepetitionConfig(AppConfig):
    name = "spaced_repetition"
    verbose_name = "Spaced repetition"
