// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/RecoverySignals.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class MedicationDialog;
class MedicationModel;
class ReadOnlyTable;
class ScreenDialog;
class ScreenHistoryDialog;
class ScreenModel;
class StopMedicationDialog;
class UseEventDialog;
class UseEventModel;

// The chart's "Medications & Toxicology" tab: what the record says about substance use (days
// abstinent, the last unexpected positive, the readiness verdict and the caseload flags), the
// drug screens newest first, the prescriptions that explain expected positives, and recorded
// use. Each action opens its dialog window-modally and returns it; the tab reloads when the
// participant changes.
class RecoveryTab : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryTab(AppContext& context, QWidget* parent = nullptr);

    void showParticipant(Id participantId);
    void reload();

    const RecoverySignals& recoverySignals() const { return m_signals; }
    QString signalsText() const; // the line at the top, as shown
    QString flagsText() const;   // the red flag lines, as shown; empty when none
    ReadOnlyTable* screensTable() const { return m_screensView; }
    ReadOnlyTable* medicationsTable() const { return m_medicationsView; }
    ReadOnlyTable* useEventsTable() const { return m_useView; }
    ScreenModel* screens() const { return m_screens; }
    MedicationModel* medications() const { return m_medications; }
    UseEventModel* useEvents() const { return m_useEvents; }

public slots:
    ScreenDialog* recordScreen();
    ScreenDialog* correctScreen();         // the selected screen; nullptr when none
    ScreenHistoryDialog* showScreen();     // the selected screen and its versions
    MedicationDialog* addMedication();
    StopMedicationDialog* stopMedication(); // the selected medication
    UseEventDialog* recordUse();
    UseEventDialog* correctUse(); // the selected use event

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    template<typename D> D* adopt(D* dialog);

    AppContext& m_context;
    Id m_participantId = 0;
    bool m_writable = false;
    RecoverySignals m_signals;
    QLabel* m_signalsLine;
    QLabel* m_flagsLine;
    ScreenModel* m_screens;
    MedicationModel* m_medications;
    UseEventModel* m_useEvents;
    ReadOnlyTable* m_screensView;
    ReadOnlyTable* m_medicationsView;
    ReadOnlyTable* m_useView;
    QPushButton* m_recordScreen;
    QPushButton* m_correctScreen;
    QPushButton* m_addMedication;
    QPushButton* m_stopMedication;
    QPushButton* m_recordUse;
    QPushButton* m_correctUse;
};

} // namespace stepwise
