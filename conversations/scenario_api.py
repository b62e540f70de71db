"""The scenarios API for mobile apps: browse and discover, the builder, playing (the play's conversation streams
over the conversation websocket like any other, with `scenario.progress` events), ratings, bookmarks and paths."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import flags
from conversations import scenario_selectors as selectors
from conversations.scenario_models import Bookmark, LearningPath, Play, Scenario
from conversations.scenario_serializers import (
    AdvanceInputSerializer,
    BookmarkInputSerializer,
    BookmarkSerializer,
    DuplicateInputSerializer,
    PathInputSerializer,
    PathSerializer,
    PlaySerializer,
    RatingInputSerializer,
    RatingSerializer,
    ScenarioDetailSerializer,
    ScenarioInputSerializer,
    ScenarioSerializer,
    StartInputSerializer,
    SummarySerializer,
)
from conversations.services import scenario_library as library
from conversations.services import scenarios as play_services
from learning.services import profile_get


def _builder_on(request) -> None:
    if not flags.flag_is_active(request, flags.SCENARIO_BUILDER):
        raise Http404("The scenario builder is switched off.")


def _valid(serializer_class, data):
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _scenario(request, scenario_id: int) -> Scenario:
    return get_object_or_404(Scenario.objects.for_user(request.user), pk=scenario_id)


def _play(request, play_id: int) -> Play:
    return get_object_or_404(Play.objects.for_user(request.user).select_related("scenario", "conversation"), pk=play_id)


def _detail(request, scenario: Scenario, code=status.HTTP_200_OK) -> Response:
    scenario = Scenario.objects.prefetch_related("tags", "phases__languages").get(pk=scenario.pk)
    return Response(ScenarioDetailSerializer(scenario, context={"request": request}).data, status=code)


FILTERS = ("q", "category", "level", "language", "duration")


@extend_schema(parameters=[OpenApiParameter(name, str) for name in FILTERS])
class ScenarioListApi(generics.ListAPIView):
    """Scenarios you can play (public ones and your own), filtered; POST writes a new one (the builder)."""

    serializer_class = ScenarioSerializer

    def get_queryset(self):
        params = self.request.query_params
        return selectors.browse(
            self.request.user, query=params.get("q", ""), **{k: params.get(k, "") for k in FILTERS if k != "q"}
        )

    @extend_schema(request=ScenarioInputSerializer, responses={201: ScenarioDetailSerializer})
    def post(self, request):
        _builder_on(request)
        scenario = library.scenario_create(owner=request.user, data=dict(_valid(ScenarioInputSerializer, request.data)))
        return _detail(request, scenario, status.HTTP_201_CREATED)


class _DiscoverApi(generics.ListAPIView):
    serializer_class = ScenarioSerializer
    pagination_class = None
    selector = None

    def get_queryset(self):
        return type(self).selector(self.request.user)[:12]


class RecommendedApi(_DiscoverApi):
    """Recommended for you: at your levels, not yet completed, your favourite category first."""

    selector = staticmethod(selectors.recommended)


class TrendingApi(_DiscoverApi):
    """Most played over the last 14 days."""

    selector = staticmethod(selectors.trending)


class TopRatedApi(_DiscoverApi):
    """Best rated over the last 90 days."""

    selector = staticmethod(selectors.top_rated)


class ScenarioDetailApi(APIView):
    @extend_schema(responses=ScenarioDetailSerializer)
    def get(self, request, scenario_id: int):
        return _detail(request, _scenario(request, scenario_id))

    @extend_schema(request=ScenarioInputSerializer, responses=ScenarioDetailSerializer, summary="Edit (owner or admin)")
    def put(self, request, scenario_id: int):
        _builder_on(request)
        scenario = get_object_or_404(Scenario.objects.for_user(request.user).editable_by(request.user), pk=scenario_id)
        data = dict(_valid(ScenarioInputSerializer, request.data))
        return _detail(request, library.scenario_update(scenario=scenario, data=data))

    @extend_schema(responses={204: None})
    def delete(self, request, scenario_id: int):
        scenario = get_object_or_404(Scenario.objects.for_user(request.user).editable_by(request.user), pk=scenario_id)
        library.scenario_delete(scenario=scenario)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ScenarioDuplicateApi(APIView):
    @extend_schema(request=DuplicateInputSerializer, responses={201: ScenarioDetailSerializer})
    def post(self, request, scenario_id: int):
        _builder_on(request)
        scenario = _scenario(request, scenario_id)
        language = _valid(DuplicateInputSerializer, request.data)["language"] or scenario.language or _home(request)
        copy = library.scenario_duplicate(owner=request.user, scenario=scenario, language=language)
        return _detail(request, copy, status.HTTP_201_CREATED)


def _home(request) -> str:
    target = profile_get(user=request.user).target_languages.first()
    return target.language_id if target else "es"


class PlayStartApi(APIView):
    @extend_schema(request=StartInputSerializer, responses={201: PlaySerializer}, summary="Start playing")
    def post(self, request, scenario_id: int):
        scenario = _scenario(request, scenario_id)
        data = _valid(StartInputSerializer, request.data)
        if "level" not in data:
            target = profile_get(user=request.user).target_languages.filter(language=data["language"]).first()
            data["level"] = target.level if target else "A1"
        play = play_services.scenario_start(owner=request.user, scenario=scenario, **data)
        return Response(PlaySerializer(play).data, status=status.HTTP_201_CREATED)


class PlayDetailApi(APIView):
    @extend_schema(responses=PlaySerializer)
    def get(self, request, play_id: int):
        return Response(PlaySerializer(_play(request, play_id)).data)


class PlayAdvanceApi(APIView):
    @extend_schema(request=AdvanceInputSerializer, responses=PlaySerializer, summary="Move on to the next phase")
    def post(self, request, play_id: int):
        phase = _valid(AdvanceInputSerializer, request.data).get("phase")
        return Response(PlaySerializer(play_services.phase_advance(play=_play(request, play_id), phase=phase)).data)


class PlayFinishApi(APIView):
    @extend_schema(request=None, responses=PlaySerializer, summary="End the scenario now")
    def post(self, request, play_id: int):
        return Response(PlaySerializer(play_services.play_finish(play=_play(request, play_id))).data)


class PlaySummaryApi(APIView):
    @extend_schema(responses=SummarySerializer)
    def get(self, request, play_id: int):
        summary = play_services.play_summary(_play(request, play_id))
        return Response(SummarySerializer(summary, context={"request": request}).data)


class PlayCardsApi(APIView):
    @extend_schema(request=None, responses={201: None}, summary="Save the phase vocabulary as cards")
    def post(self, request, play_id: int):
        saved = play_services.phase_cards_save(play=_play(request, play_id))
        return Response({"cards": [card.pk for card in saved]}, status=status.HTTP_201_CREATED)


class RatingApi(APIView):
    @extend_schema(request=RatingInputSerializer, responses=RatingSerializer, summary="Rate (again: changes it)")
    def put(self, request, scenario_id: int):
        scenario = _scenario(request, scenario_id)
        rating = library.rating_set(user=request.user, scenario=scenario, **_valid(RatingInputSerializer, request.data))
        return Response(RatingSerializer(rating).data)


class BookmarkApi(APIView):
    @extend_schema(request=BookmarkInputSerializer, responses=BookmarkSerializer)
    def put(self, request, scenario_id: int):
        scenario = _scenario(request, scenario_id)
        folder = _valid(BookmarkInputSerializer, request.data)["folder"]
        return Response(
            BookmarkSerializer(library.bookmark_set(user=request.user, scenario=scenario, folder_name=folder)).data
        )

    @extend_schema(responses={204: None})
    def delete(self, request, scenario_id: int):
        library.bookmark_remove(user=request.user, scenario=_scenario(request, scenario_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class BookmarkListApi(generics.ListAPIView):
    """Your bookmarks, with their folders."""

    serializer_class = BookmarkSerializer

    def get_queryset(self):
        return Bookmark.objects.filter(owner=self.request.user).select_related("scenario", "folder")


class PathListApi(generics.ListAPIView):
    """Learning paths: yours and the public ones."""

    serializer_class = PathSerializer

    def get_queryset(self):
        return LearningPath.objects.for_user(self.request.user).prefetch_related("steps")

    @extend_schema(request=PathInputSerializer, responses={201: PathSerializer})
    def post(self, request):
        data = _valid(PathInputSerializer, request.data)
        visible = Scenario.objects.for_user(request.user).in_bulk(data["scenarios"])
        missing = [pk for pk in data["scenarios"] if pk not in visible]
        if missing:
            raise ValidationError({"scenarios": f"No such scenario: {', '.join(map(str, missing))}."})
        path = library.path_create(
            owner=request.user,
            title=data["title"],
            description=data["description"],
            visibility=data["visibility"],
            scenarios=[visible[pk] for pk in data["scenarios"]],
        )
        return Response(_path_data(request, path), status=status.HTTP_201_CREATED)


def _path_data(request, path: LearningPath) -> dict:
    progress = library.path_progress(user=request.user, path=path)
    return PathSerializer(path, context={"request": request, "progress": progress}).data


class PathDetailApi(APIView):
    @extend_schema(responses=PathSerializer, summary="A path with your progress through it")
    def get(self, request, path_id: int):
        return Response(_path_data(request, get_object_or_404(LearningPath.objects.for_user(request.user), pk=path_id)))


class PathFollowApi(APIView):
    @extend_schema(request=None, responses=PathSerializer)
    def post(self, request, path_id: int):
        path = get_object_or_404(LearningPath.objects.for_user(request.user), pk=path_id)
        library.path_follow(user=request.user, path=path)
        return Response(_path_data(request, path))

    @extend_schema(responses=PathSerializer)
    def delete(self, request, path_id: int):
        path = get_object_or_404(LearningPath.objects.for_user(request.user), pk=path_id)
        library.path_follow(user=request.user, path=path, following=False)
        return Response(_path_data(request, path))
