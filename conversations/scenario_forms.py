"""Forms of the scenario pages: shape only, the rules live in the services."""

from django import forms

from conversations.scenario_models import MAX_PHASES, Category, Scenario, Visibility
from conversations.scenario_selectors import DURATIONS
from learning.models import Language, Level

LINES_HELP = "One per line."


def _languages():
    return Language.objects.learnable().filter(scenarios=True)


class BrowseForm(forms.Form):
    q = forms.CharField(label="Search", required=False)
    category = forms.ChoiceField(choices=[("", "Any category"), *Category.choices], required=False)
    level = forms.ChoiceField(choices=[("", "Any level"), *Level.choices], required=False)
    language = forms.ChoiceField(required=False)
    duration = forms.ChoiceField(
        choices=[("", "Any length"), *((key, f"Up to {value} minutes") for key, value in DURATIONS.items())],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "Any language"), *((lang.code, lang.name) for lang in _languages())]


class StartForm(forms.Form):
    language = forms.ModelChoiceField(queryset=Language.objects.none(), empty_label=None)
    level = forms.ChoiceField(choices=Level.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].queryset = _languages()


class ScenarioForm(forms.Form):
    title = forms.CharField(max_length=120)
    category = forms.ChoiceField(choices=Category.choices)
    level_min = forms.ChoiceField(label="Lowest level", choices=Level.choices)
    level_max = forms.ChoiceField(label="Highest level", choices=Level.choices)
    minutes = forms.IntegerField(label="Expected minutes", min_value=1, max_value=240)
    learner_role = forms.CharField(label="The learner's role", max_length=300)
    tutor_role = forms.CharField(label="The tutor's role", max_length=300)
    setting = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    cultural_notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    learning_goals = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text=LINES_HELP)
    language = forms.ChoiceField(label="Language of the words")
    visibility = forms.ChoiceField(choices=Visibility.choices, initial=Visibility.DRAFT)
    tags = forms.CharField(required=False, help_text="Separated by commas.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(lang.code, lang.name) for lang in _languages()]


class PhaseForm(forms.Form):
    name = forms.CharField(max_length=80, required=False)
    goal = forms.CharField(max_length=300, required=False)
    objectives = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, help_text=LINES_HELP)
    success_criteria = forms.CharField(max_length=300, required=False)
    vocabulary = forms.CharField(
        label="Key words", widget=forms.Textarea(attrs={"rows": 4}), required=False, help_text=LINES_HELP
    )
    phrases = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False, help_text=LINES_HELP)
    opening = forms.CharField(label="The tutor's opening line", required=False)
    hint = forms.CharField(required=False)


PhaseFormSet = forms.formset_factory(PhaseForm, extra=0, max_num=MAX_PHASES, absolute_max=MAX_PHASES)


def builder_data(form: ScenarioForm, formset) -> dict:
    """The builder's input for the service: empty phase rows left out."""
    data = dict(form.cleaned_data)
    data["phases"] = [
        phase.cleaned_data for phase in formset if any(str(v).strip() for v in phase.cleaned_data.values())
    ]
    return data


def builder_initial(data: dict) -> tuple[dict, list[dict]]:
    initial = {**data, "learning_goals": "\n".join(data["learning_goals"]), "tags": ", ".join(data["tags"])}
    phases = [{**p, **{f: "\n".join(p[f]) for f in ("objectives", "vocabulary", "phrases")}} for p in data["phases"]]
    return initial, phases


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        coerce=int, choices=[(n, f"{n} star{'s' if n > 1 else ''}") for n in range(1, 6)], widget=forms.RadioSelect
    )
    review = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000)


class BookmarkForm(forms.Form):
    folder = forms.CharField(max_length=60, required=False, help_text="Optional, e.g. “Holiday”.")


class PathForm(forms.Form):
    title = forms.CharField(max_length=120)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    visibility = forms.ChoiceField(choices=[(Visibility.PRIVATE, "Private"), (Visibility.PUBLIC, "Public")])

    def __init__(self, *args, scenarios=None, **kwargs):
        super().__init__(*args, **kwargs)
        scenarios = scenarios if scenarios is not None else Scenario.objects.none()
        for n in range(1, 7):
            self.fields[f"step_{n}"] = forms.ModelChoiceField(
                queryset=scenarios, required=n == 1, label=f"Scenario {n}", empty_label="—"
            )

    def steps(self) -> list:
        return [self.cleaned_data[f"step_{n}"] for n in range(1, 7) if self.cleaned_data.get(f"step_{n}")]
