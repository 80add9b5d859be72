window.bcrMeter={count:0};
