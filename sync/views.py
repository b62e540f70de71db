from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sync.models import Conflict, Device, SyncRun
from sync.services import conflicts as conflict_services
from sync.services import devices as device_services

HISTORY_ROWS = 30


@login_required
def device_list(request):
    devices = Device.objects.for_user(request.user).with_counts()
    history = SyncRun.objects.filter(device__user=request.user).select_related("device")[:HISTORY_ROWS]
    return render(request, "sync/devices.html", {"devices": devices, "history": history})


@login_required
@require_POST
def device_revoke(request, device_id: int):
    device = get_object_or_404(Device.objects.for_user(request.user), pk=device_id)
    device_services.device_revoke(device=device)
    messages.success(request, f"“{device.name}” is signed out of sync. Its token no longer works.")
    return redirect("sync:devices")


@login_required
def conflict_list(request):
    open_conflicts = Conflict.objects.for_user(request.user).open().select_related("device")
    rows = [
        (conflict, conflict_services.conflict_title(conflict), conflict_services.differing_columns(conflict))
        for conflict in open_conflicts
    ]
    return render(request, "sync/conflicts.html", {"rows": rows})


@login_required
@require_POST
def conflict_resolve(request, conflict_id: int):
    conflict = get_object_or_404(Conflict.objects.for_user(request.user), pk=conflict_id)
    columns = {
        name: request.POST.get(f"column_{name}", "server")
        for name, _, _ in conflict_services.differing_columns(conflict)
    }
    try:
        conflict_services.conflict_resolve(conflict=conflict, choice=request.POST.get("choice", ""), columns=columns)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Conflict resolved. Your devices get the result on their next sync.")
    return redirect("sync:conflicts")
