from django import forms

from spaced_repetition.anki.package import MAX_PACKAGE_BYTES
from spaced_repetition.models import LANGUAGE_CHOICES, Card, Deck, Rating, ReviewSettings

STATE_FILTER_CHOICES = [("", "Any state"), *Card.State.choices, ("suspended", "Suspended")]


class DeckForm(forms.ModelForm):
    class Meta:
        model = Deck
        fields = ["name", "language", "new_per_day", "reviews_per_day"]
        help_texts = {
            "new_per_day": "How many new cards a day this deck introduces.",
            "reviews_per_day": "The most reviews a day from this deck; the rest wait for tomorrow.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "Choose a language…"), *LANGUAGE_CHOICES]


class ReviewSettingsForm(forms.ModelForm):
    class Meta:
        model = ReviewSettings
        fields = ["desired_retention"]
        widgets = {"desired_retention": forms.NumberInput(attrs={"step": "0.01", "min": "0.70", "max": "0.97"})}


class CardForm(forms.ModelForm):
    class Meta:
        model = Card
        fields = ["deck", "kind", "front", "back", "context", "audio"]
        widgets = {
            "front": forms.TextInput(),
            "back": forms.Textarea(attrs={"rows": 3}),
            "context": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "front": "What you see first: a word, a phrase, a question.",
            "back": "What you should remember.",
            "context": "A sentence that uses it (optional).",
        }

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deck"].queryset = Deck.objects.for_user(user)
        self.fields["deck"].empty_label = None

    @property
    def card_fields(self) -> dict:
        """cleaned_data for the services: a cleared audio file becomes an empty one."""
        data = dict(self.cleaned_data)
        if not data.get("audio"):
            data["audio"] = ""
        return data


class SessionForm(forms.Form):
    """The review page's query: which deck, which card (after an undo), and whether its answer is shown."""

    deck = forms.IntegerField(required=False, min_value=1)
    card = forms.IntegerField(required=False, min_value=1)
    reveal = forms.BooleanField(required=False)
    started = forms.IntegerField(required=False, min_value=0)


class GradeForm(forms.Form):
    rating = forms.TypedChoiceField(choices=Rating.choices, coerce=int)
    deck = forms.IntegerField(required=False, min_value=1)  # the session's deck, to come back to
    # measured by review.js; without it, the time since the front was shown (started, epoch milliseconds)
    duration_ms = forms.IntegerField(min_value=0, required=False)
    started = forms.IntegerField(min_value=0, required=False)

    def duration(self, now_ms: int) -> int:
        if self.cleaned_data["duration_ms"] is not None:
            return self.cleaned_data["duration_ms"]
        if self.cleaned_data["started"] is not None:
            return max(0, now_ms - self.cleaned_data["started"])
        return 0


class UndoForm(forms.Form):
    review = forms.IntegerField(min_value=1)  # the grade to take back: posting the form twice takes back one
    deck = forms.IntegerField(required=False, min_value=1)


class CardFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search", max_length=100)
    deck = forms.ModelChoiceField(queryset=Deck.objects.none(), required=False, empty_label="All decks")
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Card.Kind.choices], required=False)
    state = forms.ChoiceField(choices=STATE_FILTER_CHOICES, required=False)
    source = forms.ChoiceField(choices=[("", "Any source"), *Card.Source.choices], required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deck"].queryset = Deck.objects.for_user(user)


class CardBulkForm(forms.Form):
    ACTIONS = [("suspend", "Suspend"), ("unsuspend", "Unsuspend"), ("move", "Move to deck"), ("delete", "Delete")]

    cards = forms.ModelMultipleChoiceField(
        queryset=Card.objects.none(), error_messages={"required": "Select at least one card."}
    )
    action = forms.ChoiceField(choices=ACTIONS)
    target_deck = forms.ModelChoiceField(queryset=Deck.objects.none(), required=False, label="Deck to move to")

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cards"].queryset = Card.objects.for_user(user)
        self.fields["target_deck"].queryset = Deck.objects.for_user(user)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "move" and not cleaned.get("target_deck"):
            self.add_error("target_deck", "Choose the deck to move the cards to.")
        return cleaned


class AnkiImportForm(forms.Form):
    """The file's size and contents are checked by the import service, for the page and the API alike."""

    file = forms.FileField(
        label="Anki package (.apkg)",
        widget=forms.ClearableFileInput(attrs={"accept": ".apkg", "data-max-bytes": MAX_PACKAGE_BYTES}),
        help_text=f"Up to {MAX_PACKAGE_BYTES // 1024 // 1024} MB. In Anki: File → Export → Anki Deck Package. "
        "Review history and audio come along; images do not.",
    )
    language = forms.ChoiceField(
        label="Language of the cards",
        choices=[("", "Choose a language…"), *LANGUAGE_CHOICES],
        help_text="For the decks the import creates; decks you already have keep theirs.",
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "anki_%s")  # ids apart from the new-deck form's on the same page
        super().__init__(*args, **kwargs)
