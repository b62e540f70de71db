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
    AdminBudgetUpdateInputSerializer,
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
        days = _valid(UsageQuerySerializer, request.query_params).get("days")
        since, until = usage.last_days(days) if days else usage.current_period(user=request.user)
        return Response(UsageSerializer(usage.usage_summary(user=request.user, since=since, until=until)).data)


class UsageBudgetListApi(generics.ListAPIView):
    """The active budgets on your account: limit, spend and reservations this period, used percent,
    action at the limit, end of the period and this period's alerts."""

    serializer_class = BudgetSerializer

    def get_queryset(self):
        return usage.user_budgets(viewer=self.request.user, user=self.request.user).prefetch_related("alerts")


class ChildBudgetApi(APIView):
    def _child(self, request, child_id: int) -> User:
        return get_object_or_404(User.objects.children_of(request.user), pk=child_id)

    @extend_schema(responses=BudgetSerializer, summary="One of your children's AI budget (404 when none is set)")
    def get(self, request, child_id: int):
        budget = usage.child_budget(parent=request.user, child=self._child(request, child_id))
        if budget is None:
            raise NotFound("No budget is set for this child yet.")
        return Response(BudgetSerializer(budget).data)

    @extend_schema(
        request=ChildBudgetInputSerializer,
        responses={200: BudgetSerializer, 201: BudgetSerializer},
        summary="Set one of your children's AI budget (201 when it is new); it becomes active",
    )
    def put(self, request, child_id: int):
        child = self._child(request, child_id)
        data = _valid(ChildBudgetInputSerializer, request.data)
        budget, created = services.child_budget_set(parent=request.user, child=child, **data)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(BudgetSerializer(budget).data, status=code)


# --- admins (staff): every budget, the model registry


class AdminBudgetListApi(generics.ListAPIView):
    """Every budget, oldest first."""

    permission_classes = [IsAdminUser]
    serializer_class = BudgetSerializer

    def get_queryset(self):
        return Budget.objects.for_user(self.request.user).prefetch_related("alerts").order_by("pk")

    @extend_schema(request=AdminBudgetInputSerializer, responses={201: BudgetSerializer}, summary="Create a budget")
    def post(self, request):
        data = _valid(AdminBudgetInputSerializer, request.data)
        budget = budgets.budget_create(created_by=request.user, **data)
        return Response(BudgetSerializer(budget).data, status=status.HTTP_201_CREATED)


class AdminBudgetDetailApi(APIView):
    permission_classes = [IsAdminUser]

    def _budget(self, request, budget_id: int) -> Budget:
        return get_object_or_404(Budget.objects.for_user(request.user), pk=budget_id)

    @extend_schema(responses=BudgetSerializer, summary="One budget")
    def get(self, request, budget_id: int):
        return Response(BudgetSerializer(self._budget(request, budget_id)).data)

    @extend_schema(
        request=AdminBudgetUpdateInputSerializer,
        responses=BudgetSerializer,
        summary="Change a budget; changing what it counts or its period restarts the period from the ledger",
    )
    def patch(self, request, budget_id: int):
        budget = self._budget(request, budget_id)
        data = _valid(AdminBudgetUpdateInputSerializer, request.data, partial=True)
        return Response(BudgetSerializer(budgets.budget_update(budget=budget, **data)).data)

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


class AdminModelDetailApi(APIView):
    permission_classes = [IsAdminUser]

    @extend_schema(
        request=AIModelUpdateInputSerializer,
        responses=AIModelSerializer,
        summary="Switch a model on or off, change its priority or its prices (USD per million tokens)",
    )
    def patch(self, request, model_id: int):
        model = get_object_or_404(AIModel.objects.all(), pk=model_id)
        data = _valid(AIModelUpdateInputSerializer, request.data)
        model = registry.ai_model_update(model=model, **data)
        return Response(AIModelSerializer(model, context={"stats": _week_stats()}).data)
