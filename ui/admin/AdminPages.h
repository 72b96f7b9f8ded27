// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace stepwise {

class AppContext;
class MainWindow;

namespace AdminPages {

// The audit viewer (supervisors, administrators), staff and accounts, security settings and
// "Back up now" (administrators), as the signed-in user's roles allow.
void install(MainWindow& window, AppContext& context);

} // namespace AdminPages
} // namespace stepwise
