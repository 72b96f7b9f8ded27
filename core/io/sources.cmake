# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(stepwise_core PRIVATE)
