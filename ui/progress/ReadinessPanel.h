// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Readiness.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class DecisionModel;
class IndicatorModel;
class ReadOnlyTable;

// Step-down readiness for the participant in care: each indicator with its data, and the
// decisions recorded so far. It never decides; Record Decision is the clinician's.
class ReadinessPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReadinessPanel(AppContext& context, QWidget* parent = nullptr);
    // `phase`: the current phase, or nullopt when not in care (the indicators are then hidden).
    void showParticipant(Id participantId, std::optional<PhaseKind> phase);
    IndicatorModel* indicators() const { return m_indicators; }
    DecisionModel* decisions() const { return m_decisions; }
    QPushButton* decideButton() const { return m_decide; }

public slots:
    void recordDecision();

private:
    void showDecisionIndicators();

    AppContext& m_context;
    Id m_participantId = 0;
    std::optional<PhaseKind> m_phase;
    IndicatorModel* m_indicators;
    DecisionModel* m_decisions;
    ReadOnlyTable* m_indicatorView;
    ReadOnlyTable* m_decisionView;
    QLabel* m_status;
    QPushButton* m_decide;
};

} // namespace stepwise
