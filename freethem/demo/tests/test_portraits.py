import io

from PIL import Image

from freethem.demo import media


def hair_beside_the_cheek(jpeg):
    """Whether the drawn portrait has hair beside the face (long hair) rather than the halo."""
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    width, height = image.size
    pixel = image.getpixel((round(width * 0.30), round(height * 0.50)))
    hair = media.HAIR
    return min(sum(abs(a - b) for a, b in zip(pixel, colour, strict=True)) for colour in hair) < 40


def test_a_womans_drawn_portrait_has_long_hair_and_a_mans_short_whatever_the_palette():
    for palette in range(8):
        assert hair_beside_the_cheek(media.portrait("NM", palette, gender="female")), palette
        assert not hair_beside_the_cheek(media.portrait("TS", palette, gender="male")), palette


def test_without_a_gender_the_palette_chooses_the_hair_as_before():
    assert not hair_beside_the_cheek(media.portrait("AB", 0))
    assert hair_beside_the_cheek(media.portrait("AB", 1))
    assert hair_beside_the_cheek(media.portrait("AB", 3, gender="other"))
