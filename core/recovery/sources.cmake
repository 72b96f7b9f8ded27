# SPDX-License-Identifier: GPL-3.0-or-later
# Medications, toxicology with expected positives, and use events (issue 6); with their store
# in ../storage.
