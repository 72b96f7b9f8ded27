# SPDX-License-Identifier: GPL-3.0-or-later
# target_sources(stepwise_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/...)
