"""fx567: "All photos:", "All photos by" and "Photography by" are
collective credit lead-ins (qa409 #8); the nearest lines that credit
nothing stay so."""
import pytest

from lint.readers._gallery_credit import is_gallery_credit


@pytest.mark.parametrize("line", ["All photos: Getty Images", "All photos by Casey Barber",
                                  "Photography by Casey Barber", "(All photos: Getty Images)",
                                  "ALL PHOTOS: Getty Images", "All images: Getty Images",
                                  "Photography: Casey Barber/Getty Images"])
def test_collective_lead_ins(line):
    assert is_gallery_credit(line) is True


@pytest.mark.parametrize("line", ["All photos: 1 of 12", "All Photos: Click to enlarge",
                                  "All photos were taken by Casey Barber", "All photo: Casey Barber",
                                  "All of the photos: Getty Images", "Photo: Casey Barber",
                                  "All photos: Flooding In Houston"])
def test_guard_no_collective_lead_in(line):
    assert is_gallery_credit(line) is False
