document.addEventListener("DOMContentLoaded",function(){var m=document.querySelector(".abj-paywall-meter");if(m){m.style.display="block";}});
