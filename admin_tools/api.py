from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import budgets, flags, registry, services, stats, usage
from admin_tools.models import AIModel, Budget, User
from admin_tools.serializers import (
    AdminBudgetInputSerializer,
    AdminBudgetSerializer,
    AdminBudgetUpdateInputSerializer,
    AIModelCreateInputSerializer,
    AIModelSerializer,
    AIModelUpdateInputSerializer,
    BudgetSerializer,
    ChildBudgetInputSerializer,
    UsageQuerySerializer,
    UsageSerializer,
)


def _valid(serializer_class, data, **kwargs) -> dict:
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class FlagsApi(APIView):
    @extend_schema(
        summary="Your feature flags",
        description=(
            "Every feature flag with its value for the signed-in user. Percentage rollouts use a stable hash "
            "of user id and flag name, so the app gets the same values as the web pages."
        ),
        responses=inline_serializer("Flags", {"flags": serializers.DictField(child=serializers.BooleanField())}),
    )
    def get(self, request):
        return Response({"flags": flags.flags_for(request.user)})


# --- the signed-in learner's usage and budgets


class UsageApi(APIView):
    @extend_schema(
        parameters=[UsageQuerySerializer],
        responses=UsageSerializer,
        summary="Your AI spend: total, calls, per UTC day, per model and per feature",
        description=(
            "By default this period: the current period of your budget, or the calendar month (UTC) when you "
            "have none. With `days`, the last N UTC days, today included. Only your own calls are counted."
        ),
    )
    def get(self, request):
        return _usage_response(request, user=request.user)


def _usage_response(request, *, user: User) -> Response:
    days = _valid(UsageQuerySerializer, request.query_params).get("days")
    since, until = usage.last_days(days) if days else usage.current_period(user=user)
    return Response(UsageSerializer(usage.usage_summary(user=user, since=since, until=until)).data)


class UsageBudgetListApi(generics.ListAPIView):
    """The active budgets on your account: limit, spend and reservations this period, used percent,
    action at the limit, end of the period and this period's alerts."""

    serializer_class = BudgetSerializer

    def get_queryset(self):
        viewer = self.request.user
        return usage.user_budgets(viewer=viewer, user=viewer).prefetch_related(usage.alerts_prefetch(viewer))


class AlertDismissApi(APIView):
    @extend_schema(
        request=None,
        responses={204: None},
        summary="Dismiss a budget alert from your banner",
        description=(
            "An alert on your own budget or one of your children's, with the lower thresholds of the same budget "
            "and period. Only your banner changes: your parent's (or child's) banner and the admins' list keep "
            "it. 404 for an alert that is not on your banner."
        ),
    )
    def post(self, request, alert_id: int):
        alerts = usage.alerts_to_dismiss(user=request.user, alert_id=alert_id)
        if not budgets.budget_alert_dismiss(user=request.user, alerts=alerts):
            raise NotFound("No such alert on your banner.")
        return Response(status=status.HTTP_204_NO_CONTENT)


def _child(request, child_id: int) -> User:
    return get_object_or_404(User.objects.children_of(request.user), pk=child_id)


def _budget_data(budget: Budget, *, viewer: User) -> dict:
    prefetch_related_objects([budget], usage.alerts_prefetch(viewer))
    return BudgetSerializer(budget).data


class ChildUsageApi(APIView):
    @extend_schema(
        parameters=[UsageQuerySerializer],
        responses=UsageSerializer,
        summary="One of your children's AI spend (404 for anyone but your own child)",
        description="As GET /usage, for the child: by default the child's current budget period or calendar month.",
    )
    def get(self, request, child_id: int):
        return _usage_response(request, user=_child(request, child_id))


class ChildBudgetApi(APIView):
    @extend_schema(responses=BudgetSerializer, summary="One of your children's AI budget (404 when none is set)")
    def get(self, request, child_id: int):
        budget = usage.child_budget(parent=request.user, child=_child(request, child_id))
        if budget is None:
            raise NotFound("No budget is set for this child yet.")
        return Response(_budget_data(budget, viewer=request.user))

    @extend_schema(
        request=ChildBudgetInputSerializer,
        responses={200: BudgetSerializer, 201: BudgetSerializer},
        summary="Set one of your children's AI budget (201 when it is new); it becomes active",
    )
    def put(self, request, child_id: int):
        child = _child(request, child_id)
        data = _valid(ChildBudgetInputSerializer, request.data)
        budget, created = services.child_budget_set(parent=request.user, child=child, **data)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(_budget_data(budget, viewer=request.user), status=code)


# --- admins (staff): every budget, the model registry


class AdminBudgetListApi(generics.ListAPIView):
    """Every budget, oldest first."""

    permission_classes = [IsAdminUser]
    serializer_class = AdminBudgetSerializer

    def get_queryset(self):
        return Budget.objects.for_user(self.request.user).prefetch_related("alerts").order_by("pk")

    @extend_schema(
        request=AdminBudgetInputSerializer, responses={201: AdminBudgetSerializer}, summary="Create a budget"
    )
    def post(self, request):
        data = _valid(AdminBudgetInputSerializer, request.data)
        budget = budgets.budget_create(created_by=request.user, **data)
        return Response(AdminBudgetSerializer(budget).data, status=status.HTTP_201_CREATED)


class AdminBudgetDetailApi(APIView):
    permission_classes = [IsAdminUser]

    def _budget(self, request, budget_id: int) -> Budget:
        return get_object_or_404(Budget.objects.for_user(request.user), pk=budget_id)

    @extend_schema(responses=AdminBudgetSerializer, summary="One budget")
    def get(self, request, budget_id: int):
        return Response(AdminBudgetSerializer(self._budget(request, budget_id)).data)

    @extend_schema(
        request=AdminBudgetUpdateInputSerializer,
        responses=AdminBudgetSerializer,
        summary="Change a budget; changing what it counts or its period restarts the period from the ledger",
    )
    def patch(self, request, budget_id: int):
        budget = self._budget(request, budget_id)
        data = _valid(AdminBudgetUpdateInputSerializer, request.data, partial=True)
        return Response(AdminBudgetSerializer(budgets.budget_update(budget=budget, **data)).data)

    @extend_schema(responses={204: None}, summary="Delete a budget and its alerts")
    def delete(self, request, budget_id: int):
        self._budget(request, budget_id).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


def _week_stats() -> dict[int, stats.ModelStats]:
    return stats.model_stats(since=usage.last_days(7)[0])


class AdminModelListApi(generics.ListAPIView):
    """The AI model registry in routing order, with each model's stats over the last 7 UTC days."""

    permission_classes = [IsAdminUser]
    serializer_class = AIModelSerializer
    queryset = AIModel.objects.all()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "stats": _week_stats()}

    @extend_schema(
        request=AIModelCreateInputSerializer,
        responses={201: AIModelSerializer},
        summary="Add a model to the registry (it serves from the next call when enabled)",
    )
    def post(self, request):
        data = _valid(AIModelCreateInputSerializer, request.data)
        model = registry.ai_model_create(**data)
        return Response(AIModelSerializer(model, context={"stats": {}}).data, status=status.HTTP_201_CREATED)


class AdminModelDetailApi(APIView):
    permission_classes = [IsAdminUser]

    def _model(self, model_id: int) -> AIModel:
        return get_object_or_404(AIModel.objects.all(), pk=model_id)

    @extend_schema(
        request=AIModelUpdateInputSerializer,
        responses=AIModelSerializer,
        summary="Switch a model on or off, change its priority or its prices (USD per million tokens)",
    )
    def patch(self, request, model_id: int):
        model = self._model(model_id)
        data = _valid(AIModelUpdateInputSerializer, request.data)
        model = registry.ai_model_update(model=model, **data)
        return Response(AIModelSerializer(model, context={"stats": _week_stats()}).data)

    @extend_schema(
        responses={204: None},
        summary="Remove a model from the registry",
        description=(
            "Its ledger rows stay (with the model name they were called under); budgets scoped to it go with it. "
            "To stop routing to a model and keep its budgets, switch it off instead."
        ),
    )
    def delete(self, request, model_id: int):
        registry.ai_model_delete(model=self._model(model_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
