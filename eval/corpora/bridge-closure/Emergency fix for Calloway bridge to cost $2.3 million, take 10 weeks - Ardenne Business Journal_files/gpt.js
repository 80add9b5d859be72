(function(){var googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().enableSingleRequest();googletag.enableServices();});window.googletag=googletag;})();
