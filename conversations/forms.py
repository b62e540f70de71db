from django import forms

from conversations import catalogue
from conversations.models import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, Persona, Preferences, TutorMode
from learning.models import Language, Level


class ConversationStartForm(forms.Form):
    language = forms.ModelChoiceField(queryset=Language.objects.none(), empty_label=None)
    mode = forms.ModelChoiceField(
        queryset=TutorMode.objects.none(), empty_label=None, widget=forms.RadioSelect, label="Tutor mode"
    )
    topic = forms.CharField(
        max_length=MAX_TOPIC_LENGTH,
        required=False,
        help_text="Needed by job interview, negotiation, teacher, vocabulary builder and open session.",
    )
    persona = forms.ModelChoiceField(
        queryset=Persona.objects.none(), empty_label=None, widget=forms.RadioSelect, label="Tutor persona"
    )
    level = forms.ChoiceField(choices=Level.choices)
    title = forms.CharField(max_length=MAX_TITLE_LENGTH, required=False, help_text="Leave empty for a generated one.")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].queryset = Language.objects.exclude(support=Language.Support.PLANNED)
        self.fields["mode"].queryset = catalogue.modes_for(user)
        self.fields["persona"].queryset = catalogue.personas()


class MessageForm(forms.Form):
    # The length rule lives in the service (one clear message for page, API and websocket alike).
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), strip=False, label="Your message")


class RenameForm(forms.Form):
    title = forms.CharField(max_length=MAX_TITLE_LENGTH)


class PreferencesForm(forms.Form):
    auto_cards = forms.BooleanField(
        required=False,
        label=Preferences._meta.get_field("auto_cards").verbose_name.capitalize(),
        help_text=Preferences._meta.get_field("auto_cards").help_text,
    )


class WordCardForm(forms.Form):
    front = forms.CharField(max_length=500, label="Word or phrase")
    back = forms.CharField(max_length=1000, label="Meaning")
    context = forms.CharField(max_length=2000, required=False, widget=forms.HiddenInput)


class TranslateForm(forms.Form):
    text = forms.CharField(max_length=2000)
