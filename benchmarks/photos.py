"""Small synthetic photos (JPEG, made with Pillow from a seeded random source): no network, no real images."""

from __future__ import annotations

import hashlib
import io
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 800, 600


def synthetic_photo(rng: random.Random) -> bytes:
    """A 800×600 JPEG that compresses like a photo: a blurred random texture with a few shapes on top."""
    texture = Image.frombytes("RGB", (40, 30), rng.randbytes(40 * 30 * 3)).resize(
        (WIDTH, HEIGHT), Image.Resampling.BICUBIC
    )
    sky = Image.new("RGB", (WIDTH, HEIGHT), (rng.randrange(90, 200), rng.randrange(120, 210), rng.randrange(160, 250)))
    image = Image.blend(sky, texture, 0.45)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(4, 9)):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT // 3, HEIGHT)
        w, h = rng.randrange(30, 200), rng.randrange(30, 160)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x, y, x + w, y + h), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=78)
    return out.getvalue()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PhotoPool:
    """A fixed set of photos reused by many records (the district's history needs rows, not unique bytes)."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.blobs = [synthetic_photo(rng) for _ in range(size)]
        self.entries = [(sha256_of(data), len(data)) for data in self.blobs]
        self._rng = rng

    def __call__(self) -> tuple[str, int, bytes | None]:
        sha256, size = self._rng.choice(self.entries)
        return sha256, size, None


class FreshPhotos:
    """A new photo for every call: the bench year's photos are unique, as real ones are."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> tuple[str, int, bytes | None]:
        data = synthetic_photo(self._rng)
        return sha256_of(data), len(data), data
