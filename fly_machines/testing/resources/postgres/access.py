"""What every operation on Managed Postgres clusters starts from: the clusters the
simulator keeps (outside any app: a cluster belongs to an organization) and how one is
found, with the answers for one that is unknown, being deleted or not ready yet."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..._container import Part
from ..._primitives import JSON, ApiError, Moment, not_found
from .catalog import gone
from .cluster import Cluster


@dataclass
class PostgresClusters:
    """Every cluster the simulator has, by id (`backend.part(PostgresClusters)`)."""

    by_id: dict[str, Cluster] = field(default_factory=dict)

    def organizations(self) -> set[str]:
        """The organizations clusters belong to (see `Container.organizations`)."""
        return {cluster.org_slug for cluster in self.by_id.values()}


def given(body: JSON, key: str) -> object:
    """A body field, None when absent, null or blank (the API generates a name then)."""
    value = body.get(key)
    return None if isinstance(value, str) and not value.strip() else value


class ClusterAccess(Part):
    """The lookups the rules share; the caller holds the lock."""

    def _clusters(self) -> dict[str, Cluster]:
        """The clusters, after forgetting those deleted longer ago than the simulator keeps
        destroyed machines readable (`destroyed_retention`)."""
        clusters = self._backend.part(PostgresClusters).by_id
        now = self._backend.now()
        for cluster_id, cluster in list(clusters.items()):
            deleted = cluster.deleted_at()
            if deleted is not None and now.mono - deleted.mono >= self._backend.destroyed_retention:
                del clusters[cluster_id]
        return clusters

    def _cluster(self, cluster_id: str, deleting: int | None) -> Cluster:
        """The cluster, or 404. One being deleted (or deleted) answers `deleting` (410 where
        the spec declares it, else 404), or is returned when `deleting` is None."""
        cluster = self._clusters().get(cluster_id)
        if cluster is None:
            raise not_found("Cluster not found")
        if deleting is not None and cluster.deleting_since is not None:
            if deleting != 410:
                raise not_found("Cluster not found")
            if cluster.status(self._backend.now()) == "deleted":
                raise gone("This cluster has been deleted")
            raise gone("This cluster is being deleted")
        return cluster

    def _ready(self, cluster: Cluster, now: Moment) -> None:
        """503 with Retry-After until the cluster is ready (its pg-admin answers then)."""
        status = cluster.status(now)
        if status != "ready":
            seconds = max(1, math.ceil(cluster.ready_at - now.mono))
            message = f"pg-admin is unavailable: the cluster is {status}"
            raise ApiError(503, {"error": message}, {"retry-after": str(seconds)})

    def _attached(self, cluster: Cluster) -> list[str]:
        """The apps attached, leaving out those deleted since (their record goes with them)."""
        apps = self._backend.apps
        return sorted(
            name
            for name, attachment in cluster.attachments.items()
            if name in apps and apps[name].id == attachment.app_id
        )

    def _organizations(self) -> set[str]:
        return self._backend.organizations()

    def _show(self, cluster: Cluster) -> JSON:
        return {"data": cluster.to_json(self._backend.now(), self._attached(cluster))}
