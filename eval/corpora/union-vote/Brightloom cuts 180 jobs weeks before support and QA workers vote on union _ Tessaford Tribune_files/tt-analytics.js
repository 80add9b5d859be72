window.tt=window.tt||{};
