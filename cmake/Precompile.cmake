# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: Qt's and the standard library's headers are most of what every file here
# compiles (about 8 of a 12 s compile under the sanitizers, measured 2026-11-27), so each library
# parses them once. docs/building.md has the numbers.
#
# Off by default when ccache is in use: ccache only caches a compile that uses a precompiled
# header with relaxed checks, and a warm ccache is quicker than any precompiled header.
if(STEPWISE_CCACHE)
    set(stepwisePchDefault OFF)
else()
    set(stepwisePchDefault ON)
endif()
option(STEPWISE_PRECOMPILE_HEADERS "Precompile the Qt headers each library includes everywhere"
    ${stepwisePchDefault})

set(STEPWISE_PCH_CORE_HEADERS
    <QByteArray> <QDate> <QDateTime> <QHash> <QList> <QMap> <QSet> <QString> <QStringList>
    <QVariant> <QSqlError> <QSqlQuery> <algorithm> <functional> <memory> <optional> <vector>)
set(STEPWISE_PCH_GUI_HEADERS
    ${STEPWISE_PCH_CORE_HEADERS}
    <QAbstractTableModel> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QLabel> <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)

# stepwise_precompile_headers(TARGET [GUI]): TARGET's sources get the core list, or with GUI the
# widgets' too.
function(stepwise_precompile_headers target)
    if(NOT STEPWISE_PRECOMPILE_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "GUI" "" "" ${ARGN})
    if(ARG_GUI)
        target_precompile_headers(${target} PRIVATE ${STEPWISE_PCH_GUI_HEADERS})
    else()
        target_precompile_headers(${target} PRIVATE ${STEPWISE_PCH_CORE_HEADERS})
    endif()
endfunction()
