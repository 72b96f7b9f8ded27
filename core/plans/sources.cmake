# SPDX-License-Identifier: GPL-3.0-or-later
# Treatment plans, reviews, relapse prevention and aftercare plans (issue 6); with their stores
# in ../storage.
