from django import forms

from admin_tools.models import User
from admin_tools.validators import validate_child_secret, validate_child_username
from learning.models import TIME_ZONE_CHOICES, Language, Level, Profile, validate_target_languages


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "native_language"]
        help_texts = {"display_name": "How the tutor and your family see you. Up to 50 characters."}


class SettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        choices=TIME_ZONE_CHOICES,
        help_text="Your day (and your streak) ends at midnight here.",
        widget=forms.Select(attrs={"data-detect-time-zone": ""}),
    )

    class Meta:
        model = Profile
        fields = ["daily_goal_xp", "time_zone", "preferred_persona", "correction_strictness", "league_opt_out"]
        labels = {
            "daily_goal_xp": "Daily goal",
            "preferred_persona": "Tutor persona",
            "correction_strictness": "Corrections",
        }


class TargetLanguageForm(forms.Form):
    language = forms.ModelChoiceField(queryset=Language.objects.learnable(), empty_label="Choose a language…")
    # A select always submits an option: with A1 as the initial value, an untouched empty row is unchanged.
    level = forms.ChoiceField(choices=Level.choices, label="Your level", initial=Level.A1)


class BaseTargetLanguageFormSet(forms.BaseFormSet):
    def clean(self):
        if not any(self.errors):
            validate_target_languages(self.target_languages)

    @property
    def target_languages(self) -> list[tuple[Language, str]]:
        """Every row not marked for deletion: the existing ones (changed or not) and the filled-in new ones."""
        return [
            (form.cleaned_data["language"], form.cleaned_data["level"])
            for index, form in enumerate(self.forms)
            if (index < self.initial_form_count() or form.has_changed()) and not self._should_delete_form(form)
        ]


TargetLanguageFormSet = forms.formset_factory(
    TargetLanguageForm, formset=BaseTargetLanguageFormSet, extra=1, can_delete=True, max_num=9
)


def target_language_formset(profile: Profile, data=None) -> BaseTargetLanguageFormSet:
    initial = [{"language": t.language, "level": t.level} for t in profile.target_languages.select_related("language")]
    return TargetLanguageFormSet(data, initial=initial, prefix="languages")


class OnboardingForm(forms.ModelForm):
    language = forms.ModelChoiceField(
        queryset=Language.objects.learnable(), label="Language you want to learn", empty_label="Choose a language…"
    )
    level = forms.ChoiceField(choices=Level.choices, label="Your level in it")
    time_zone = SettingsForm.base_fields["time_zone"]

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "native_language",
            "time_zone",
            "daily_goal_xp",
            "preferred_persona",
            "correction_strictness",
        ]
        labels = SettingsForm.Meta.labels

    field_order = ["display_name", "native_language", "language", "level", "daily_goal_xp", "time_zone"]


class ChildSecretForm(forms.Form):
    secret = forms.CharField(
        label="PIN or password",
        # new-password: browsers must not fill in the signed-in parent's own saved password here
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        strip=False,
        validators=[validate_child_secret],
        help_text="A PIN of 6 to 12 digits, or a password of at least 8 characters.",
    )
    secret_confirm = forms.CharField(
        label="Repeat it", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}), strip=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("secret") and cleaned.get("secret") != cleaned.get("secret_confirm"):
            self.add_error("secret_confirm", "The two entries differ.")
        return cleaned


class ChildCreateForm(ChildSecretForm):
    username = User._meta.get_field("username").formfield(
        validators=[validate_child_username],
        help_text="Your child signs in with this. Letters, digits and @ . + - _ only.",
    )
    display_name = forms.CharField(max_length=50, required=False, label="Name shown in the app")
    native_language = Profile._meta.get_field("native_language").formfield()
    # The parent fills this in: the onboarding labels ("Your level in it") would describe the parent.
    language = forms.ModelChoiceField(
        queryset=Language.objects.learnable(), label="Language to learn", empty_label="Choose a language…"
    )
    level = forms.ChoiceField(choices=Level.choices, label="Their level in it")

    field_order = ["username", "display_name", "secret", "secret_confirm", "native_language", "language", "level"]
