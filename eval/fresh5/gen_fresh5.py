#!/usr/bin/env python3
"""fresh5: a fifth independent PII / secret measurement set (one sentence or a short snippet per document).

Python standard library only. Every sentence frame below was written by hand for this set; values are generated
with a fixed seed and the text is built piece by piece, each span and decoy recorded at the moment it is written.

    python3 eval/fresh5/gen_fresh5.py            # rewrites fresh5.jsonl.gz (same bytes every run)
    python3 eval/fresh5/gen_fresh5.py --stats    # also prints counts and the md5
"""
import argparse
import base64
import collections
import datetime
import gzip
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import unicodedata

SEED = 50505
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh5.jsonl.gz")
TARGETS = [("personal", 550), ("secret", 100), ("public", 350)]

PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

# --------------------------------------------------------------------------------------------------------------
# Name pools (hand-written for this set). given names | surnames, comma separated.
# --------------------------------------------------------------------------------------------------------------
GROUPS_RAW = {
    "english": (
        "Alistair, Beatrice, Clive, Daphne, Edmund, Felicity, Harry, Imogen, Jasper, Kirsty, Lewis, Matilda, Nigel, "
        "Octavia, Piers, Rosalind, Simon, Tabitha, Rupert, Verity, Wilfred, Yvonne, Zoe, Barnaby, Eleanor, Freddie, "
        "Georgina, Hugo",
        "Ashworth, Blackwood, Crossley, Dunmore, Fairbanks, Greenhalgh, Holloway, Ingram, Jessop, Kettering, "
        "Lockwood, Marchbank, Nettleton, Oakley, Pilkington, Ramsbottom, Sutcliffe, Thistlewood, Underhill, "
        "Wainwright, Hartley-Brown, Penhaligon, Whitlock, Hargreaves, Smith-Barrow"),
    "american": (
        "Brandon, Kayla, Tyler, Madison, Cody, Brittany, Dustin, Ashley, Trevor, Kelsey, Garrett, Shelby, Colton, "
        "Brianna, Dakota, Austin, Morgan, Jordan, Chelsea, Travis, Megan, Hayden, Courtney, Logan, Paige",
        "Henderson, Whitaker, Calloway, Prescott, Hollis, Brandt, Lindquist, Dempsey, Holcomb, Ramsey, Tillman, "
        "Yates, Barlow, Mercer, Gaines, Pruitt, Stokes, Vaughn, Hutchins, Crandall, Ellsworth, Stroud"),
    "african_american": (
        "DeShawn, Latoya, Jamal, Keisha, Darnell, Shanice, Terrell, Imani, Marquis, Aaliyah, Tyrone, Ebony, Andre, "
        "Jasmine, Malik, Tamika, Cedric, Monique, Reginald, Nia, Dion, Kiara, Lamar, Tiana, Rashad",
        "Washington, Jefferson, Jackson, Robinson, Freeman, Merriweather, Battle, Haynes, Gadsden, Dukes, "
        "Pettiford, Boykin, Council, Broadnax, Hairston, Person, Ware, Gilliam, Outlaw, Muhammad, Toussaint, Dorsey"),
    "irish": (
        "Aoife, Cillian, Niamh, Ciarán, Saoirse, Donal, Róisín, Eoin, Clodagh, Pádraig, Órla, Fionn, Gráinne, Tadhg, "
        "Sinéad, Oisín, Aisling, Diarmuid, Caoimhe, Ruairí, Eimear, Colm, Maeve, Darragh, Síofra",
        "O'Sullivan, Ní Dhomhnaill, Mac Cárthaigh, O'Shaughnessy, Fitzgerald, Ó Briain, McGuinness, Kavanagh, "
        "Doherty, Breathnach, Mulcahy, Geraghty, Ó Ceallaigh, Flanagan, Hennessy, Ní Mhurchú, Cullinane, Brosnan, "
        "Tierney, McNamara, O'Driscoll, Lenihan"),
    "scottish": (
        "Hamish, Isla, Ewan, Morag, Fraser, Kirsteen, Angus, Eilidh, Lachlan, Ailsa, Calum, Mhairi, Finlay, "
        "Catriona, Struan, Iona, Murdo, Shona, Alasdair, Fiona, Gregor, Lorna, Torquil, Seonaid, Duncan",
        "MacKenzie, Drummond, Urquhart, McIntosh, Buchanan, Galbraith, MacLeish, Sinclair, Lamont, Farquharson, "
        "MacAulay, Cruickshank, Menzies, Crichton, McGillivray, Baird, Colquhoun, Rattray, MacInnes, Dalgleish, "
        "Strachan"),
    "welsh": (
        "Rhiannon, Dafydd, Cerys, Gethin, Bethan, Iwan, Sioned, Emyr, Ffion, Rhodri, Aled, Carys, Huw, Eleri, "
        "Gwilym, Mared, Tomos, Angharad, Llŷr, Heledd, Owain, Lowri, Deiniol, Elin, Geraint",
        "Pritchard, Llewellyn, ap Rhys, Bowen, Prosser, Gwynne, Jenkins, Vaughan-Thomas, Powell, Parry, Bevan, "
        "Griffiths, Pugh, Meredith, Hopkin, Lloyd, Morgan-Evans, Tudor, Glyn, Pryce, ab Owen"),
    "indian_north": (
        "Aarav, Ananya, Rohan, Ishita, Vikram, Pooja, Siddharth, Neha, Aditya, Kavya, Harsh, Riya, Kunal, Shruti, "
        "Manish, Divya, Abhishek, Sneha, Gaurav, Tanvi, Arjun, Meera, Nikhil, Pallavi, Yash",
        "Agarwal, Chaturvedi, Malhotra, Srivastava, Bhatnagar, Khurana, Saxena, Mehrotra, Trivedi, Kapoor, "
        "Dwivedi, Ahluwalia, Joshi, Bansal, Tandon, Rastogi, Chauhan, Mittal, Sethi, Oberoi, Pandey"),
    "indian_south": (
        "Karthik, Lakshmi, Srinivas, Anjali, Venkatesh, Revathi, Harish, Priyanka, Suresh, Gayathri, Arvind, Deepa, "
        "Ramesh, Nandini, Prakash, Swathi, Vignesh, Keerthana, Balaji, Padma, Sanjay, Aishwarya, Murali, Sowmya, "
        "Ashwin",
        "Subramanian, Krishnamurthy, Raghavan, Iyer, Venkataraman, Pillai, Nair, Menon, Reddy, Rao, "
        "Balasubramaniam, Chandrasekhar, Gopalakrishnan, Narayanan, Hegde, Shetty, Kulkarni, Ramaswamy, Sundaram, "
        "Varghese, Naidu"),
    "pakistani": (
        "Ayesha, Bilal, Hira, Usman, Sana, Hamza, Mahnoor, Faisal, Zainab, Imran, Amna, Kashif, Rabia, Shahid, "
        "Maryam, Junaid, Sadia, Adeel, Fatima, Tariq, Iqra, Waqar, Nida, Zeeshan, Mehwish",
        "Qureshi, Chaudhry, Siddiqui, Malik, Butt, Abbasi, Raza, Sheikh, Akhtar, Mirza, Hashmi, Gillani, Rana, "
        "Bhatti, Niazi, Awan, Cheema, Iqbal, Jamil, Zaidi, Khattak"),
    "bangladeshi": (
        "Tasnim, Rafiq, Nusrat, Shakib, Farzana, Arif, Sharmin, Mahbub, Tahmina, Kamrul, Rumana, Sohel, Jannatul, "
        "Habib, Sabrina, Mizanur, Nasrin, Tanvir, Shirin, Anwar, Mou, Rashed, Laboni, Nayeem, Ishrat",
        "Hossain, Rahman, Chowdhury, Islam, Uddin, Begum, Talukder, Sarker, Bhuiyan, Akter, Mollah, Haque, "
        "Majumder, Khandaker, Miah, Sikder, Howlader, Patwary, Mridha, Kabir, Ahmed"),
    "srilankan": (
        "Dilani, Kasun, Nadeesha, Tharindu, Sanduni, Chathura, Ishara, Lahiru, Nirmala, Ruwan, Hasini, Sampath, "
        "Dinusha, Asanka, Nimali, Chaminda, Thilini, Sajith, Kumudini, Buddhika, Madhavi, Pradeep, Shehani, Gayan, "
        "Anoma",
        "Perera, Fernando, Jayawardena, Wickramasinghe, Gunasekara, Bandara, Rajapaksha, Senanayake, Dissanayake, "
        "Herath, Wijesinghe, Ranasinghe, Amarasinghe, Karunaratne, de Silva, Weerasekara, Liyanage, "
        "Samarawickrama, Abeysekera, Gunawardena, Ekanayake"),
    "chinese": (
        "Wei, Fang, Jun, Xiaoling, Hao, Yuting, Zhiwei, Mei, Lei, Jing, Xin, Yifan, Ruolan, Haoran, Shuang, Tao, "
        "Yanyan, Kai, Lihua, Bo, Qian, Zihan, Jiayi, Peng, Xiuying",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Wu, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, "
        "Zheng, Song"),
    "cantonese": (
        "Ka Ming, Wing Yan, Chi Keung, Mei Ling, Siu Fung, Hoi Yan, Wai Kit, Pui Shan, Chun Hei, Suet Ying, "
        "Kwok Wai, Man Yee, Kelvin, Winnie, Ivan, Bonnie, Jacky, Phoebe, Alvin, Queenie, Ray, Carmen, Dickson, "
        "Fanny, Kenneth",
        "Chan, Wong, Leung, Cheung, Lau, Tsang, Ng, Yip, Kwok, Lam, Tse, Fung, Mak, Chow, Ho, Lui, Siu, Tang, "
        "Yeung, Choi, Lo"),
    "japanese": (
        "Haruto, Yui, Sota, Hina, Ren, Aoi, Takumi, Sakura, Daiki, Misaki, Kenta, Nanami, Riku, Yuna, Kazuki, "
        "Ayaka, Shota, Mio, Yusuke, Haruka, Kohei, Emi, Tatsuya, Rina, Naoki",
        "Takahashi, Watanabe, Nakamura, Kobayashi, Yamamoto, Inoue, Kimura, Hayashi, Shimizu, Yamaguchi, "
        "Matsumoto, Ishikawa, Fujita, Okada, Hasegawa, Murakami, Kondo, Sakamoto, Aoki, Fujiwara, Nishimura"),
    "korean": (
        "Jun-seo, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Ji-woo, Joon-young, Soo-ah, Hyun-woo, Yu-na, Sung-min, Eun-ji, "
        "Tae-yang, Hye-jin, Dong-hyun, Ye-jin, Jae-won, Na-rae, Kyung-soo, Bo-ram, Sang-hoon, Mi-kyung, Woo-jin, "
        "Seung-hee, In-ho",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Yoo, "
        "Hong, Jeon"),
    "vietnamese": (
        "Minh, Linh, Tuan, Thảo, Duc, Hương, Quang, Lan, Khoa, Ngoc Anh, Bao, Trang, Hieu, Phuong, Khanh, Mai, "
        "Thanh, Hanh, Dung, Vy, Nam, Thuy, Hung, Yen, Phuc, Đức",
        "Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ngo, Duong, Ly, Dinh, Trinh, Lam, "
        "Truong, Nguyễn, Trần, Đặng"),
    "filipino": (
        "Juan Paolo, Maria Cristina, Rodel, Mylene, Jerome, Rowena, Arnel, Jocelyn, Ramil, Marvin, Charmaine, "
        "Jhun, Mary Grace, Efren, Divina, Ronaldo, Kristine, Bong, Analyn, Jayson, Rhea, Ferdinand, Marites, "
        "Reynaldo, Ana Marie, Edgardo",
        "de Guzman, Santos, Reyes, Bautista, Villanueva, Macaraeg, Dimaano, Mendoza, Aquino, Ramos, Soriano, Manalo, "
        "Pangilinan, Castillo, de Leon, Tolentino, Gatchalian, Panganiban, Lacson, Dizon, Salonga, Magbanua"),
    "thai": (
        "Somchai, Pranee, Anong, Kittisak, Siriporn, Thanawat, Nattaya, Worawut, Kanokwan, Apichat, Ratchanee, "
        "Chaiwat, Pimchanok, Suriya, Duangjai, Phongsak, Wannee, Teerapong, Sasithorn, Narong, Achara, Boonmee, "
        "Chalermchai, Jintana, Kamon",
        "Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Thongchai, Phanthong, Saengthong, Kittikhun, Bunnag, "
        "Chanthavong, Rungruang, Sirisombat, Wattanapong, Prasertsuk, Limthongkul, Kaewmanee, Jirasakul, "
        "Boonyarat, Yodsuwan, Intharat, Pongpanich"),
    "malay_indonesian": (
        "Nur Aisyah, Muhammad Hafiz, Siti Aminah, Ahmad Fauzi, Nurul Huda, Faridah, Azlan, Rosnah, Haziq, "
        "Syafiqah, Irfan, Zulaikha, Khairul, Liyana, Amirul, Suhaila, Budi, Dewi, Agus, Ratna, Wahyu, Sri Rahayu, "
        "Bambang, Intan, Rizky, Putri",
        "bin Abdullah, binti Ismail, bin Hassan, binti Osman, bin Yusof, binti Rahim, bin Kamarudin, binti Zakaria, "
        "Santoso, Wijaya, Hartono, Kusuma, Setiawan, Pratama, Saputra, Nugroho, Siregar, Hutapea, Sitompul, Lubis, "
        "Gunawan, Halim"),
    "yoruba": (
        "Adebayo, Folake, Oluwaseun, Yetunde, Babatunde, Funmilayo, Ayodeji, Titilayo, Olumide, Omolara, Kehinde, "
        "Taiwo, Bukola, Damilola, Temitope, Adewale, Morenike, Olusegun, Bisola, Femi, Abiodun, Tolulope, Gbenga, "
        "Ronke, Kayode",
        "Adeyemi, Ogunleye, Afolabi, Oyelaran, Balogun, Adebisi, Ogundipe, Olawale, Fashola, Akinwande, Oladipo, "
        "Ojo, Adeleke, Ayodele, Oyebanji, Adegoke, Alabi, Ige, Odukoya, Bamgbose, Oyewole"),
    "igbo": (
        "Chinedu, Ngozi, Chukwuemeka, Adaeze, Obinna, Chiamaka, Ikenna, Nneka, Emeka, Uchenna, Chidinma, Kelechi, "
        "Ifeoma, Nnamdi, Amarachi, Chibuzo, Ogechi, Ebuka, Chinwe, Tochukwu, Ifeanyi, Obioma, Somto, Nkechi, "
        "Onyeka",
        "Okafor, Nwosu, Eze, Okonkwo, Obi, Nwachukwu, Okeke, Anyanwu, Okoro, Uzo, Ibekwe, Nwankwo, Onyekachi, "
        "Ezeh, Chukwu, Obiora, Nnaji, Agu, Iwu, Okoye, Madu"),
    "hausa": (
        "Abubakar, Hauwa, Musa, Halima, Sani, Rabi, Aminu, Hadiza, Garba, Zulai, Bello, Habiba, Yakubu, Saratu, "
        "Danjuma, Asabe, Umar, Binta, Lawal, Jummai, Shehu, Talatu, Isa, Ladi, Nasiru",
        "Abdullahi, Danladi, Sule, Abdulkadir, Gwarzo, Dikko, Tukur, Lawan, Bashir, Ringim, Jibril, Maikano, "
        "Haruna, Yakasai, Inuwa, Kabiru, Tanko, Maigari, Zubairu, Idris, Waziri"),
    "kenyan": (
        "Wanjiru, Achieng, Njeri, Chebet, Akinyi, Wambui, Nyambura, Auma, Wairimu, Moraa, Makena, Jelimo, Brian, "
        "Esther, Dennis, Gladys, Kevin, Purity, Collins, Sharon, Evans, Caroline, Kiprotich, Baraka, Juma",
        "Kamau, Otieno, Mwangi, Kiprono, Odhiambo, Mutua, Barasa, Kibet, Omondi, Cheruiyot, Onyango, Gitau, "
        "Wekesa, Njoroge, Kariuki, Ochieng, Rotich, Wafula, Muthoni, Korir, Nyaga, Kimani"),
    "south_african": (
        "Thabo, Nomvula, Sipho, Lindiwe, Mandla, Zanele, Bongani, Nokuthula, Themba, Ayanda, Lerato, Kagiso, "
        "Palesa, Sibusiso, Thandeka, Lwazi, Naledi, Andile, Pieter, Annelie, Johan, Marelize, Wikus, Elmarie, Riaan",
        "Dlamini, Nkosi, Mthembu, Khumalo, Ndlovu, Zulu, Mokoena, Sithole, Mahlangu, Molefe, Ngcobo, Tshabalala, "
        "Radebe, Mabaso, van Wyk, du Toit, Botha, Pretorius, le Roux, Steyn, Nel, Coetzee, "
        "Janse van Rensburg"),
    "ghanaian": (
        "Kwame, Akosua, Kofi, Ama, Yaw, Abena, Kwabena, Efua, Kwaku, Adwoa, Kojo, Esi, Kwesi, Afia, Nana, Yaa, "
        "Fiifi, Akua, Ekow, Araba, Selasi, Edem, Delali, Mawuli, Elikem",
        "Mensah, Asante, Owusu, Boateng, Osei, Amoah, Agyeman, Ofori, Appiah, Darko, Adjei, Frimpong, Quaye, "
        "Tetteh, Addo, Ansah, Acheampong, Sarpong, Danquah, Gyamfi, Bonsu, Amankwah"),
    "ethiopian": (
        "Abebe, Tigist, Dawit, Meron, Yonas, Selam, Tesfaye, Hiwot, Bereket, Mekdes, Kidus, Liya, Henok, "
        "Bethlehem, Fitsum, Rahel, Eyob, Saba, Mulugeta, Tsion, Girma, Biniam, Senait, Tewodros, Almaz",
        "Tadesse, Haile, Bekele, Gebremariam, Alemu, Wolde, Desta, Tekle, Mengistu, Assefa, Kebede, Negash, "
        "Abera, Tsegaye, Woldemichael, Fikre, Mekonnen, Berhane, Yohannes, Gebrehiwot, Ayele"),
    "arabic": (
        "Omar, Layla, Khalid, Rania, Yousef, Ghada, Tareq, Dana, Hassan, Lina, Saeed, Hala, Nabil, Reem, Karim, "
        "Salma, Fadi, Jana, Walid, Mariam, Ziad, Nadine, Majed, Huda, Sami",
        "al-Hashimi, Haddad, Nasser, al-Qahtani, Khoury, Mansour, al-Otaibi, Saleh, Barakat, el-Amin, Abu-Zeid, "
        "Hamdan, al-Zahrani, Shaheen, Aziz, Darwish, al-Mutairi, Jaber, Sabbagh, Najjar, Kanaan, Abu Ghazaleh"),
    "maghreb_egypt": (
        "Youssef, Samira, Mehdi, Fatima Zahra, Amine, Khadija, Rachid, Nadia, Soufiane, Imane, Hicham, Meriem, "
        "Anouar, Houda, Said, Siham, Ayoub, Ghizlane, Mostafa, Yasmine, Abdelkader, Nawal, Tarek, Hanane, Ilyas",
        "Benali, El Idrissi, Bouzid, Haddou, Amrani, Benjelloun, El Fassi, Chaoui, Tazi, Belkacem, Abdelrahman, "
        "Saidi, Lahlou, Bennani, Zerrouki, Boukhari, El Mansouri, Kaddour, Hamidi, Ait Ouali, Ben Youssef"),
    "persian": (
        "Dariush, Arash, Golnaz, Kaveh, Parisa, Babak, Niloufar, Farhad, Roya, Behnam, Yasaman, Payam, Azadeh, "
        "Siavash, Mahsa, Kourosh, Leila, Ramin, Negar, Omid, Shabnam, Navid, Soraya, Bijan, Shirin",
        "Hosseini, Karimi, Tehrani, Rahimi, Moradi, Jafari, Ahmadi, Rezaei, Kazemi, Sadeghi, Mohammadi, Najafi, "
        "Esfahani, Shirazi, Farahani, Ghorbani, Mousavi, Amini, Zand, Bakhtiari, Rostami"),
    "turkish": (
        "Emre, Zeynep, Burak, Elif, Mehmet, Ayşe, Can, Şebnem, Oğuz, Merve, Kerem, Büşra, Serkan, Gizem, Tolga, "
        "İrem, Cem, Ebru, Barış, Dilek, Hakan, Özlem, Murat, Sevgi, Uğur",
        "Yavuz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, "
        "Kurt, Özkan, Polat, Erdem, Güneş, Aktaş"),
    "german": (
        "Lukas, Lisa-Marie, Jonas, Katharina, Maximilian, Johanna, Tobias, Leonie, Florian, Friederike, Niklas, "
        "Sophie, Matthias, Lena, Sebastian, Franziska, Moritz, Jörg, Jürgen, Ute, Dieter, Birgit, Kai-Uwe, "
        "Hannelore, Björn",
        "Müller, Schneider, Fischer, Weber, Becker, Schäfer, Hoffmann, Zimmermann, Krüger, Hartmann, Braun, Wolff, "
        "von Brandenstein, Neumann, Schwarz, Lehmann, Köhler, Groß, Vogel, Keßler, Meyer-Lindholm, zu Dohna"),
    "french": (
        "Camille, Théo, Manon, Clémence, Mathis, Élodie, Baptiste, Océane, Quentin, Amélie, Romain, Juliette, "
        "Maxime, Léa, Antoine, Margaux, Guillaume, Chloé, Jean-Baptiste, Marie-Claire, Benoît, Hélène, Loïc, Anaïs, "
        "Thibault",
        "Lefèvre, Moreau, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Chevalier, Gauthier, Mercier, Blanc, "
        "Guérin, Faure, Leclerc, de La Tour, Le Goff, Deschamps, Marchand, Perrin, Boucher, Morel, d'Aubigny"),
    "spanish": (
        "Alejandro, Lucía, Javier, Paula, Iñaki, Carmen, Sergio, Marta, Álvaro, Nerea, Pablo, Itziar, Diego, "
        "Elena, Jorge, Rocío, Unai, Ainhoa, Raúl, Pilar, Xabier, Begoña, Marcos, Montserrat, Jordi",
        "García, Fernández, Martínez, López, Sánchez, Romero, Navarro, Torres, Domínguez, Gil, Ruiz, Serrano, "
        "Ortega, Delgado, Castro, Iglesias, Goikoetxea, Puig, Vidal, Moreno, Aguirre, de la Fuente"),
    "mexican": (
        "José Luis, Guadalupe, Juan Carlos, María Fernanda, Luis Ángel, Ximena, Tonatiuh, Xóchitl, Alejandra, "
        "Jesús, Itzel, Rogelio, Citlali, Ernesto, Yolanda, Héctor, Ana Sofía, Armando, Nayeli, Fernando, Brenda, "
        "Octavio, Araceli, Emiliano, Rosario",
        "Hernández, González, Ramírez, Flores, Gutiérrez, Villalobos, Ochoa, Zamora, Cisneros, Espinoza, Salazar, "
        "Contreras, Mejía, Quintero, Avendaño, de la Rosa, Bustamante, Ibarra, Montoya, Tapia, Juárez, Cervantes"),
    "portuguese": (
        "João, Inês, Tiago, Beatriz, Duarte, Mariana, Rui, Leonor, Gonçalo, Catarina, Nuno, Sofia, Afonso, "
        "Bernardo, Rita, Vasco, Matilde, Diogo, Carolina, Henrique, Filipa, Rodrigo, Madalena, Tomás, Teresa",
        "Carvalho, Ferreira, Pereira, Rodrigues, Almeida, Sousa, Gonçalves, Marques, Pinto, Teixeira, Correia, "
        "Mendes, Nunes, Vieira, Moura, Cardoso, Magalhães, da Costa, Azevedo, Fonseca, Brandão"),
    "brazilian": (
        "Lucas, Ana Clara, Gabriel, Júlia, Matheus, Larissa, Thiago, Fernanda, Rafael, Camila, Guilherme, Letícia, "
        "Felipe, Bruna, Vinícius, Aline, Leonardo, Tatiane, Caio, Jéssica, Murilo, Priscila, Wesley, Daiane, Enzo",
        "da Silva, Santos, Oliveira, Souza, Lima, Costa, Ribeiro, Barbosa, Araújo, Nascimento, Cavalcanti, "
        "Monteiro, Rocha, Freitas, Moraes, Campos, de Albuquerque Melo, Dias, Farias, Batista, Pacheco, Bezerra"),
    "italian": (
        "Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Federica, Davide, Martina, Riccardo, Elisa, "
        "Stefano, Valentina, Gianluca, Ilaria, Simone, Andrea, Silvia, Niccolò, Giorgia, Pierpaolo, Serena, "
        "Emanuele, Caterina, Ludovica",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
        "De Luca, Mancini, Giordano, Rizzo, Lombardi, D'Amico, Barbieri, Fontana, Santoro, Caruso, Moretti, "
        "Di Pietro"),
    "dutch_flemish": (
        "Daan, Sanne, Bram, Femke, Joris, Lotte, Thijs, Anouk, Sven, Jildou, Ruben, Marieke, Jeroen, Eline, Wouter, "
        "Lieke, Stijn, Ilse, Maarten, Fleur, Koen, Annelies, Pieter-Jan, Griet, Sietse",
        "de Vries, van den Berg, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, van Dijk, "
        "Vermeulen, van der Meer, Janssens, Peeters, Maes, Claes, Willems, Hendriks, Dekker, van Leeuwen, "
        "Verhoeven, Kuipers, Van de Walle"),
    "polish": (
        "Zbigniew, Agnieszka, Piotr, Katarzyna, Tomasz, Małgorzata, Krzysztof, Magdalena, Paweł, Joanna, Michał, "
        "Aleksandra, Grzegorz, Monika, Wojciech, Dorota, Jakub, Ewelina, Bartłomiej, Zofia, Marcin, Beata, "
        "Przemysław, Justyna, Szymon",
        "Nowak, Kowalczyk, Wróblewski, Wójcik, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, Dąbrowski, "
        "Kozłowska, Jankowski, Mazur, Krawczyk, Piotrowski, Grabowska, Pawlak, Michalski, Zając, Król, Wieczorek, "
        "Jabłoński, Nowak-Jeziorańska"),
    "swedish_nordic": (
        "Erik, Astrid, Lars, Ingrid, Sigrid, Anders, Maja, Oskar, Linnea, Henrik, Elsa, Magnus, Freja, Mikael, "
        "Karin, Nils, Tove, Gustav, Agnes, Per, Ebba, Jens, Åsa, Torbjörn, Liv",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Lindqvist, Bergström, Lindgren, Ågren, Sjöberg, "
        "Holmberg, Ekström, Lundqvist, Björklund, Nyström, Engström, Hedlund, Östberg, Sandberg, Dahl, Haugen, "
        "Bjørnstad"),
    "russian_ukrainian": (
        "Dmitri, Anastasia, Sergei, Ekaterina, Alexei, Natalia, Mikhail, Olga, Andriy, Yulia, Oksana, Igor, "
        "Svetlana, Bohdan, Tatiana, Pavel, Irina, Mykola, Daria, Yaroslav, Ksenia, Artem, Polina, Taras, Vera",
        "Ivanova, Petrov, Sokolov, Kuznetsova, Volkov, Morozova, Smirnov, Popova, Lebedev, Novikova, Shevchenko, "
        "Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Fedorov, Orlova, Zaitsev, Pavlenko, Hrytsenko"),
    "greek": (
        "Giorgos, Eleni, Dimitris, Nikos, Katerina, Yannis, Konstantinos, Eirini, Christos, Despina, Panagiotis, "
        "Vasiliki, Stavros, Thanos, Georgia, Kostas, Chrysa, Spyros, Athina, Michalis, Theodora, Lefteris, Fotini, "
        "Evangelos, Ourania",
        "Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Karagiannis, Dimitriou, Vlachos, Oikonomou, "
        "Papanikolaou, Christodoulou, Alexiou, Stavrou, Kyriakou, Antoniou, Makris, Mavridis, Papageorgiou, "
        "Xenakis, Andreadis, Kouris, Loukas"),
    "jewish_israeli": (
        "Noa, Yonatan, Tamar, Eitan, Shira, Ariel, Maya, Avi, Yael, Itai, Michal, Omri, Liat, Gideon, Hadas, "
        "Ronen, Talia, Uri, Orly, Nadav, Efrat, Amit, Dafna, Boaz, Shoshana",
        "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Rosenberg, Ben-Haim, Shapiro, Katz, Goldstein, Azoulay, "
        "Ben-Ami, Weiss, Avraham, Dahan, Shalev, Bar-Lev, Ohana, Klein, Segal"),
    "caribbean": (
        "Dwayne, Shereen, Marlon, Tanisha, Devon, Kerry-Ann, Sashelle, Omari, Jermaine, Patrice, Delroy, Fitzroy, "
        "Althea, Winston, Simone, Garfield, Marcia, Kemar, Shanelle, Courtney, Yanique, Errol, Tashana, Clive, "
        "Shamar",
        "Campbell, Anglin, Williams, Thompson, Grant, McKenzie, Bailey, Clarke, Francis, Reid, Forbes, Beckford, "
        "Henry, Spence, Samuels, Lindo, Barrett, Wint, Edwards, Dacosta, Chin"),
    "pacific": (
        "Aroha, Tane, Mere, Wiremu, Anahera, Rawiri, Kahurangi, Nikau, Moana, Hemi, Ngaire, Tamati, Huia, "
        "Leilani, Kalani, Malia, Keoni, Sione, Losa, Tevita, Mele, Ioane, Salote, Pita, Ana",
        "Ngata, Parata, Te Rangi, Tawhiri, Kereama, Rangihuna, Te Whata, Mahuika, Kamakau, Makoa, Palakiko, "
        "Fonoti, Taufa, Vaipulu, Fifita, Leota, Sapolu, Faleolo, Aumua, Tapsell, Herewini"),
}


def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


GROUPS = {g: (_split(a), _split(b)) for g, (a, b) in GROUPS_RAW.items()}

# Names that are also ordinary words; used where a frame makes clear they name a person.
WORD_GIVEN = _split("Hope, Will, Rose, Mark, Dawn, Iris, Ivy, Amber, Pearl, Sunny, Frank, Sandy, Rusty, Violet, Jack, "
                    "Autumn, Sky, Hazel, Drew, Penny, Buck, Destiny, Crystal, Robin, Gene, Carol, Clay, Glen, Rocky, "
                    "Honey")
WORD_SURNAME = _split("Young, King, Grant, Hunt, Marsh, Bishop, Black, Green, Street, Hall, Bell, Hill, Wood, "
                      "Stone, Rich, Swift, Baker, Cook, Fisher, Little, Strong, Wise, Love, Page, Church, Field, Sharp, "
                      "Moody, Bland, Friend")
WORD_HOST = ["english", "american", "caribbean", "african_american", "scottish", "irish"]

SF_P = {"chinese": 0.35, "cantonese": 0.2, "japanese": 0.2, "korean": 0.3, "vietnamese": 0.3}
DOUBLE_SURNAME = {"spanish": 0.35, "mexican": 0.4, "portuguese": 0.3, "brazilian": 0.25}

LOCALE_GROUPS = {
    "us": {"american": 3, "african_american": 2, "mexican": 1, "english": 0.6, "irish": 0.6, "chinese": 0.8,
           "korean": 0.5, "vietnamese": 0.5, "indian_north": 0.8, "filipino": 0.5, "jewish_israeli": 0.5,
           "italian": 0.5, "arabic": 0.3, "polish": 0.3, "caribbean": 0.3, "ethiopian": 0.2, "thai": 0.2,
           "persian": 0.2},
    "uk": {"english": 4, "scottish": 1, "welsh": 1, "irish": 0.5, "pakistani": 1, "indian_north": 0.7,
           "bangladeshi": 0.5, "caribbean": 0.6, "polish": 0.5, "yoruba": 0.4, "igbo": 0.4, "ghanaian": 0.3,
           "cantonese": 0.3, "italian": 0.2, "greek": 0.2, "turkish": 0.2, "srilankan": 0.3},
    "ca": {"american": 1, "english": 1, "french": 1.5, "chinese": 1, "cantonese": 0.7, "indian_north": 1,
           "filipino": 0.5, "scottish": 0.5, "irish": 0.5, "korean": 0.3, "persian": 0.3, "caribbean": 0.3,
           "russian_ukrainian": 0.4, "srilankan": 0.2, "ethiopian": 0.2},
    "au": {"english": 3, "scottish": 0.5, "irish": 0.5, "chinese": 1, "vietnamese": 0.7, "greek": 0.7,
           "italian": 0.7, "indian_north": 0.6, "indian_south": 0.4, "filipino": 0.3, "pacific": 0.5,
           "arabic": 0.3, "korean": 0.3, "srilankan": 0.3, "thai": 0.2},
    "ie": {"irish": 5, "english": 0.5, "polish": 1, "yoruba": 0.3, "igbo": 0.3, "brazilian": 0.4,
           "indian_south": 0.3, "filipino": 0.3},
    "in": {"indian_north": 3, "indian_south": 3, "bangladeshi": 0.2},
    "de": {"german": 5, "turkish": 1, "polish": 0.5, "russian_ukrainian": 0.5, "greek": 0.3, "italian": 0.3,
           "arabic": 0.3},
    "fr": {"french": 5, "maghreb_egypt": 1.5, "portuguese": 0.5, "vietnamese": 0.3, "spanish": 0.3},
    "es": {"spanish": 5, "mexican": 0.5, "maghreb_egypt": 0.5},
    "it": {"italian": 6, "maghreb_egypt": 0.3},
    "nl": {"dutch_flemish": 5, "turkish": 0.5, "maghreb_egypt": 0.5},
    "pt": {"portuguese": 5, "brazilian": 1},
    "br": {"brazilian": 6, "japanese": 0.3, "italian": 0.3, "arabic": 0.3},
    "mx": {"mexican": 6, "spanish": 0.5},
    "za": {"south_african": 5, "english": 0.5, "indian_south": 0.5},
    "ng": {"yoruba": 3, "igbo": 3, "hausa": 3},
    "ke": {"kenyan": 6, "indian_north": 0.3},
    "sg": {"chinese": 2, "cantonese": 1, "malay_indonesian": 2, "indian_south": 1.5},
    "ph": {"filipino": 6, "chinese": 0.3},
    "jp": {"japanese": 6},
    "kr": {"korean": 6},
    "cn": {"chinese": 6},
    "pl": {"polish": 6, "russian_ukrainian": 0.5},
    "se": {"swedish_nordic": 5, "persian": 0.5, "arabic": 0.3, "ethiopian": 0.3, "polish": 0.2},
}

FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
        "ð": "d", "þ": "th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alpha(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


class Person:
    def __init__(self, given, surname, group, sf):
        self.given, self.surname, self.group, self.sf = given, surname, group, sf

    def full(self):
        return "%s %s" % (self.surname, self.given) if self.sf else "%s %s" % (self.given, self.surname)

    def tokens(self):
        return set(alpha(t) for t in (self.given + " " + self.surname).replace("-", " ").split()) - {
            "", "van", "der", "den", "de", "la", "le", "du", "da", "bin", "binti", "al", "el", "ap", "ab", "ni",
            "o", "mac", "te", "von", "zu", "di", "dela", "ben", "abu", "ait", "janse"}


def wchoice(rng, weights):
    keys = list(weights)
    tot = sum(weights[k] for k in keys)
    x = rng.random() * tot
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


# --------------------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------------------
class V:
    """Random helpers bound to one rng."""

    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def nz(self, n, lo=1):
        return str(self.r.randint(lo, 9)) + self.d(n - 1)

    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))


# ---- phones ---------------------------------------------------------------------------------------------------
def nanp(v, areas, ext=False, fr=False):
    a = v.pick(areas)
    while True:
        e = v.nz(3, 2)
        if e != "555" and e[1:] != "11":
            break
    l = v.d(4)
    s = v.pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s",
                "+1-%s-%s-%s", "(%s) %s-%s"]) % (a, e, l)
    if ext:
        s += v.pick([" ext. ", " x", " ext ", " Ext. "] + ([" poste "] if fr else [])) + str(v.r.randint(2, 4999))
    return s


US_AREAS = ["212", "312", "415", "617", "646", "713", "404", "206", "503", "702", "919", "971", "305", "480", "512",
            "614", "720", "816", "832", "952", "615", "412", "608", "801"]
CA_AREAS = ["416", "647", "604", "778", "514", "438", "403", "613", "902", "780", "204", "250"]


def ph_us(v, kind):
    return nanp(v, US_AREAS, ext=(kind == "x"))


def ph_ca(v, kind):
    return nanp(v, CA_AREAS, ext=(kind == "x"), fr=True)


def ph_uk(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.55):
        while True:
            pre = "07" + v.pick("45789") + v.d(2)
            if pre != "07700":
                break
        six = v.d(6)
        return v.pick(["%s %s" % (pre, six), "%s %s %s" % (pre, six[:3], six[3:]), "+44 %s %s" % (pre[1:], six),
                       "+44 (0)%s %s %s" % (pre[1:], six[:3], six[3:]), pre + six, "+44%s%s" % (pre[1:], six)])
    area, n = v.pick([("020", 8), ("0161", 7), ("0121", 7), ("0131", 7), ("0141", 7), ("0113", 7), ("0117", 7),
                      ("0114", 7), ("0151", 7), ("01223", 6), ("01865", 6), ("01904", 6), ("029", 8), ("028", 8)])
    while True:
        if n == 8:
            loc = {"020": v.pick("378"), "029": "20", "028": "90"}[area] + v.d(8 - len({"020": "7", "029": "20", "028": "90"}[area]))
        else:
            loc = v.nz(n, 2)
        if not loc.startswith("496") and not loc.startswith("7946") and not loc.startswith("2018"):
            break
    if n == 8:
        g = "%s %s" % (loc[:4], loc[4:])
    elif n == 7:
        g = "%s %s" % (loc[:3], loc[3:])
    else:
        g = loc
    s = v.pick(["%s %s" % (area, g), "+44 %s %s" % (area[1:], g), "+44 (0)%s %s" % (area[1:], g),
                "(%s) %s" % (area, g)])
    if kind == "x":
        s += v.pick([" ext. ", " ext ", " x"]) + str(v.r.randint(10, 999))
    return s


def ph_ie(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = "8" + v.pick("35679")
        a, b = v.d(3), v.d(4)
        return v.pick(["0%s %s %s" % (p, a, b), "+353 %s %s %s" % (p, a, b), "0%s-%s %s" % (p, a, b),
                       "0%s %s%s" % (p, a, b), "+353 (0)%s %s %s" % (p, a, b)])
    area = v.pick(["1", "21", "91", "61"])
    loc = v.nz(7 if area == "1" else 6, 2)
    g = "%s %s" % (loc[:3], loc[3:])
    s = v.pick(["(0%s) %s" % (area, g), "0%s %s" % (area, g), "+353 %s %s" % (area, g)])
    if kind == "x":
        s += " ext. " + str(v.r.randint(10, 450))
    return s


def ph_au(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        while True:
            p = "4" + v.d(2)
            if p != "491":
                break
        a, b = v.d(3), v.d(3)
        return v.pick(["0%s %s %s" % (p, a, b), "+61 %s %s %s" % (p, a, b), "0%s%s%s" % (p, a, b),
                       "(0%s) %s %s" % (p, a, b)])
    area = v.pick(["2", "3", "7", "8"])
    first = {"2": "98", "3": "98", "7": "3", "8": "987"}[area]
    loc = v.pick(first) + v.d(7)
    g = "%s %s" % (loc[:4], loc[4:])
    s = v.pick(["(0%s) %s" % (area, g), "0%s %s" % (area, g), "+61 %s %s" % (area, g)])
    if kind == "x":
        s += " ext " + str(v.r.randint(100, 999))
    return s


def ph_in(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        m = v.nz(10, 6)
        return v.pick(["+91 %s %s" % (m[:5], m[5:]), "%s %s" % (m[:5], m[5:]), "0%s" % m, "+91-%s" % m,
                       "+91 %s" % m, "+91 %s-%s" % (m[:5], m[5:])])
    a = v.pick(["022", "080", "011", "044", "040", "033", "020"])
    loc = v.nz(8, 2)
    s = v.pick(["%s-%s %s" % (a, loc[:4], loc[4:]), "%s %s" % (a, loc), "+91 %s %s" % (a[1:], loc),
                "(%s) %s %s" % (a, loc[:4], loc[4:]), "%s-%s" % (a, loc)])
    if kind == "x":
        s += v.pick([" Extn. ", " ext. "]) + str(v.r.randint(100, 999))
    return s


def ph_de(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.5):
        p = v.pick(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0176", "0177", "0178",
                    "0179"])
        n = v.d(v.pick([7, 8]))
        return v.pick(["%s %s" % (p, n), "%s/%s" % (p, n), "+49 %s %s" % (p[1:], n), "+49 (0)%s %s" % (p[1:], n),
                       "%s-%s" % (p, n), "+49 %s %s %s" % (p[1:], n[:3], n[3:])])
    a = v.pick(["030", "089", "040", "069", "0221", "0341", "0711", "0351", "0211", "0761"])
    n = v.nz(8 if len(a) == 3 else 7, 2)
    if kind == "x":
        return v.pick(["%s %s-%s" % (a, n[:-2], v.d(2)), "+49 %s %s-%s" % (a[1:], n[:-2], v.pick(["0", "12", "204"]))])
    return v.pick(["%s %s" % (a, n), "%s/%s" % (a, n), "+49 %s %s" % (a[1:], n), "(%s) %s" % (a, n),
                   "+49 (0)%s %s" % (a[1:], n)])


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def ph_fr(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("67") + v.d(8)
    else:
        n = v.pick("12345") + v.d(8)
    ten = "0" + n
    return v.pick([_pairs(ten), ".".join(ten[i:i + 2] for i in range(0, 10, 2)), "+33 %s %s" % (n[0], _pairs(n[1:])),
                   "+33 (0)%s %s" % (n[0], _pairs(n[1:])), ten, "-".join(ten[i:i + 2] for i in range(0, 10, 2))])


def ph_es(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("67") + v.d(8)
        return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                       "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s" % n, n])
    n = v.pick(["91", "93", "96", "95", "94", "98"]) + v.nz(7, 2)
    return v.pick(["%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "%s %s %s" % (n[:3], n[3:6], n[6:]),
                   "+34 %s %s %s" % (n[:3], n[3:6], n[6:])])


def ph_it(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = v.pick(["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "351",
                    "360", "366", "368", "380", "388", "389", "392", "393"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "%s %s" % (p, n), "+39 %s %s" % (p, n), p + n,
                       "%s-%s" % (p, n), "+39 %s %s %s" % (p, n[:3], n[3:])])
    a, k = v.pick([("06", 8), ("02", 8), ("011", 7), ("055", 7), ("081", 7), ("051", 7), ("010", 7), ("041", 7)])
    n = v.nz(k, 2)
    return v.pick(["%s %s %s" % (a, n[:4], n[4:]), "%s/%s" % (a, n), "+39 %s %s" % (a, n), "%s %s" % (a, n),
                   "%s-%s" % (a, n)])


def ph_nl(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("12345") + v.d(7)
        return v.pick(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "06 %s" % _pairs(n), "+31 6 %s" % n,
                       "+31 (0)6 %s %s" % (n[:4], n[4:]), "+31 6 %s" % _pairs(n), "06%s" % n])
    a = v.pick(["020", "010", "030", "070", "040", "050", "071", "024"])
    n = v.nz(7, 2)
    return v.pick(["%s-%s" % (a, n), "%s %s %s" % (a, n[:3], n[3:]), "+31 %s %s %s" % (a[1:], n[:3], n[3:]),
                   "(%s) %s" % (a, n), "+31 (0)%s %s" % (a[1:], n)])


def ph_pt(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        n = "9" + v.pick("1236") + v.d(7)
    else:
        n = v.pick(["21", "22", "23", "25"]) + v.nz(7, 2)
    return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+351 %s %s %s" % (n[:3], n[3:6], n[6:]), n, "+351 %s" % n])


def ph_br(v, kind):
    ddd = v.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48"])
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        x, y = v.nz(4, 6), v.d(4)
        return v.pick(["(%s) 9%s-%s" % (ddd, x, y), "+55 %s 9%s-%s" % (ddd, x, y), "%s 9%s %s" % (ddd, x, y),
                       "+55 (%s) 9%s-%s" % (ddd, x, y), "(%s) 9 %s-%s" % (ddd, x, y), "(%s)9%s-%s" % (ddd, x, y)])
    x, y = v.nz(4, 2)[:1] + v.d(3), v.d(4)
    x = str(v.r.randint(2, 5)) + x[1:]
    return v.pick(["(%s) %s-%s" % (ddd, x, y), "+55 %s %s-%s" % (ddd, x, y), "%s %s %s" % (ddd, x, y)])


def ph_mx(v, kind):
    a = v.pick(["55", "33", "81", "222", "999", "442"])
    n = v.nz(10 - len(a), 2)
    if len(a) == 2:
        return v.pick(["%s %s %s" % (a, n[:4], n[4:]), "(%s) %s-%s" % (a, n[:4], n[4:]),
                       "+52 %s %s %s" % (a, n[:4], n[4:]), "+52 1 %s %s %s" % (a, n[:4], n[4:]), a + n])
    return v.pick(["%s %s %s" % (a, n[:3], n[3:]), "(%s) %s-%s" % (a, n[:3], n[3:]), "+52 %s %s %s" % (a, n[:3], n[3:])])


def ph_za(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        p = v.pick(["060", "061", "062", "063", "064", "065", "071", "072", "073", "074", "076", "078", "079", "081",
                    "082", "083", "084"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "+27 %s %s %s" % (p[1:], n[:3], n[3:]), p + n,
                       "+27 (0)%s %s %s" % (p[1:], n[:3], n[3:]), "+27%s%s" % (p[1:], n)])
    a = v.pick(["011", "021", "012", "031", "041", "051"])
    n = v.nz(7, 2)
    s = v.pick(["(%s) %s %s" % (a, n[:3], n[3:]), "%s %s %s" % (a, n[:3], n[3:]), "+27 %s %s %s" % (a[1:], n[:3], n[3:])])
    if kind == "x":
        s += " x" + str(v.r.randint(100, 999))
    return s


def ph_ng(v, kind):
    p = v.pick(["0803", "0806", "0813", "0816", "0703", "0706", "0805", "0807", "0815", "0802", "0808", "0812",
                "0901", "0903", "0906"])
    n = v.d(7)
    return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "+234 %s %s %s" % (p[1:], n[:3], n[3:]), p + n, "+234%s%s" % (p[1:], n),
                   "%s-%s-%s" % (p, n[:3], n[3:]), "+234 (0)%s %s %s" % (p[1:], n[:3], n[3:])])


def ph_ke(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.8):
        p = v.pick(["0700", "0701", "0710", "0711", "0712", "0713", "0720", "0721", "0722", "0724", "0725", "0727",
                    "0729", "0733", "0740", "0745", "0746", "0757", "0768", "0790", "0110", "0111", "0115"])
        n = v.d(6)
        return v.pick(["%s %s" % (p, n), "%s %s %s" % (p, n[:3], n[3:]), "+254 %s %s" % (p[1:], n),
                       "+254 %s %s %s" % (p[1:], n[:3], n[3:]), "+254 (0)%s %s" % (p[1:], n), p + n])
    n = "2" + v.d(6)
    return v.pick(["020 %s" % n, "+254 20 %s" % n, "(020) %s %s" % (n[:3], n[3:])])


def ph_sg(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        n = v.pick("89") + v.d(7)
    else:
        n = "6" + v.d(7)
    return v.pick(["%s %s" % (n[:4], n[4:]), "+65 %s %s" % (n[:4], n[4:]), "+65 %s" % n, n, "(+65) %s %s" % (n[:4], n[4:])])


def ph_ph(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        pre = "09" + v.pick(["17", "18", "19", "20", "21", "27", "28", "29", "35", "36", "45", "55", "56", "66", "77",
                             "78", "95", "98"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (pre, n[:3], n[3:]), "+63 %s %s %s" % (pre[1:], n[:3], n[3:]), pre + n,
                       "+63%s%s" % (pre[1:], n), "%s-%s-%s" % (pre, n[:3], n[3:])])
    n = "8" + v.d(7)
    s = v.pick(["(02) %s %s" % (n[:4], n[4:]), "+63 2 %s %s" % (n[:4], n[4:]), "02-%s-%s" % (n[:4], n[4:])])
    if kind == "x":
        s += " loc. " + str(v.r.randint(100, 999))
    return s


def ph_jp(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = v.pick(["090", "080", "070"])
        a, b = v.d(4), v.d(4)
        return v.pick(["%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p[1:], a, b), "+81 %s %s %s" % (p[1:], a, b),
                       "%s %s %s" % (p, a, b)])
    a = v.pick(["03", "06", "045", "052", "075", "011", "092"])
    mid = v.nz(4 if len(a) == 2 else 3, 2)
    b = v.d(4)
    return v.pick(["%s-%s-%s" % (a, mid, b), "+81 %s-%s-%s" % (a[1:], mid, b), "(%s) %s-%s" % (a, mid, b)])


def ph_kr(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        a, b = v.nz(4, 2), v.d(4)
        return v.pick(["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b), "+82 10 %s %s" % (a, b), "010 %s %s" % (a, b),
                       "010%s%s" % (a, b)])
    area = v.pick(["02", "031", "051", "032", "042"])
    mid = v.nz(v.pick([3, 4]), 2)
    b = v.d(4)
    return v.pick(["%s-%s-%s" % (area, mid, b), "+82 %s-%s-%s" % (area[1:], mid, b)])


def ph_cn(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        m = "1" + v.pick(["38", "39", "35", "36", "37", "50", "51", "52", "58", "59", "86", "87", "88", "30", "31",
                          "32", "55", "56", "85", "33", "53", "80", "81", "89", "77", "99"]) + v.d(8)
        return v.pick(["%s %s %s" % (m[:3], m[3:7], m[7:]), "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
                       "+86 %s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s" % m, m, "(+86) %s" % m])
    a = v.pick(["010", "021", "020", "0755", "0571", "028"])
    n = v.nz(8, 5)
    return v.pick(["%s-%s %s" % (a, n[:4], n[4:]), "%s-%s" % (a, n), "+86 %s %s %s" % (a[1:], n[:4], n[4:])])


def ph_pl(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        n = v.pick("5678") + v.d(8)
        return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+48 %s %s %s" % (n[:3], n[3:6], n[6:]),
                       "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+48 %s" % n, "+48%s" % n])
    a = v.pick(["22", "12", "58", "61", "71", "42"])
    n = v.nz(7, 2)
    return v.pick(["%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "(%s) %s %s %s" % (a, n[:3], n[3:5], n[5:]),
                   "+48 %s %s %s %s" % (a, n[:3], n[3:5], n[5:])])


def ph_se(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        x = v.pick("02369")
        n = v.d(7)
        return v.pick(["07%s-%s %s %s" % (x, n[:3], n[3:5], n[5:]), "+46 7%s %s %s %s" % (x, n[:3], n[3:5], n[5:]),
                       "07%s %s %s %s" % (x, n[:3], n[3:5], n[5:]), "07%s%s" % (x, n), "07%s-%s" % (x, n)])
    if v.r.random() < 0.5:
        n = v.nz(8, 2)
        return v.pick(["08-%s %s %s" % (n[:3], n[3:6], n[6:]), "+46 8 %s %s %s" % (n[:3], n[3:6], n[6:]),
                       "08-%s" % n])
    a = v.pick(["031", "040", "018", "090"])
    n = v.nz(6, 2)
    return v.pick(["%s-%s %s %s" % (a, n[:2], n[2:4], n[4:]), "+46 %s %s %s %s" % (a[1:], n[:2], n[2:4], n[4:])])


PHONES = {"us": ph_us, "ca": ph_ca, "uk": ph_uk, "ie": ph_ie, "au": ph_au, "in": ph_in, "de": ph_de, "fr": ph_fr,
          "es": ph_es, "it": ph_it, "nl": ph_nl, "pt": ph_pt, "br": ph_br, "mx": ph_mx, "za": ph_za, "ng": ph_ng,
          "ke": ph_ke, "sg": ph_sg, "ph": ph_ph, "jp": ph_jp, "kr": ph_kr, "cn": ph_cn, "pl": ph_pl, "se": ph_se}


# ---- addresses: each returns a list of lines; one-line form joins them with ", " ------------------------------
UK_TOWNS = [("London", ["N16", "SE15", "E8", "SW9", "NW5", "W12", "E17"]), ("Bristol", ["BS6", "BS3", "BS7"]),
            ("Manchester", ["M14", "M20", "M21"]), ("Leeds", ["LS6", "LS8"]), ("Sheffield", ["S11", "S7"]),
            ("Norwich", ["NR2", "NR3"]), ("Cardiff", ["CF24", "CF11"]), ("Edinburgh", ["EH6", "EH9", "EH10"]),
            ("Glasgow", ["G12", "G41"]), ("Nottingham", ["NG7", "NG5"]), ("York", ["YO10", "YO31"]),
            ("Bath", ["BA2"]), ("Exeter", ["EX4"]), ("Belfast", ["BT9", "BT7"]), ("Harrogate", ["HG1", "HG2"]),
            ("Brighton", ["BN1", "BN2"]), ("Oxford", ["OX4"]), ("Leicester", ["LE2"]), ("Aberdeen", ["AB10"]),
            ("Swansea", ["SA1", "SA2"])]
UK_STREETS = ["Ashgrove Road", "Kingsley Close", "Mill Lane", "Victoria Terrace", "St Mary's Road", "Brook Street",
              "Hawthorn Avenue", "Queen's Drive", "Albert Road", "Station Road", "Cromwell Grove",
              "Cavendish Gardens", "Beechwood Crescent", "Church Walk", "Elm Park", "Lansdowne Place",
              "Wellington Street", "Gladstone Road", "Orchard Way", "Sycamore Rise"]
UK_VILLAGES = [("Little Hadham", "SG11"), ("Great Ayton", "TS9"), ("Upper Slaughter", "GL54"),
               ("Nether Stowey", "TA5"), ("East Hendred", "OX12"), ("Long Melford", "CO10")]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Holly House", "Meadow View", "Willow Barn", "Fernlea"]


def uk_post(v, out):
    return "%s %s%s" % (out, v.r.randint(1, 9), v.chars("ABDEFGHJLNPQRSTUWXYZ", 2))


def ad_uk(v):
    r = v.r.random()
    if r < 0.12:
        vil, out = v.pick(UK_VILLAGES)
        return [v.pick(UK_HOUSES), v.pick(["Mill Lane", "Church Road", "The Green", "Back Lane"]), vil, uk_post(v, out)]
    town, outs = v.pick(UK_TOWNS)
    num = str(v.r.randint(1, 240)) + (v.pick("AB") if v.r.random() < 0.1 else "")
    st = "%s %s" % (num, v.pick(UK_STREETS))
    lines = ["Flat %s" % v.pick(["1", "2", "3", "4B", "7", "12", "C"]), st] if r < 0.35 else [st]
    lines.append("%s %s" % (town, uk_post(v, v.pick(outs))))
    return lines


US_CITIES = [("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Raleigh", "NC", "276"),
             ("Denver", "CO", "802"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"),
             ("Albany", "NY", "122"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"), ("Savannah", "GA", "314"),
             ("Spokane", "WA", "992"), ("Ann Arbor", "MI", "481"), ("Worcester", "MA", "016"),
             ("Lexington", "KY", "405"), ("Chattanooga", "TN", "374"), ("Des Moines", "IA", "503"),
             ("Burlington", "VT", "054"), ("Sacramento", "CA", "958"), ("Pittsburgh", "PA", "152"),
             ("Tampa", "FL", "336")]
US_STREETS = ["Maple Ridge Dr", "Oak Hollow Ln", "W 3rd St", "Cedar Ave", "Sycamore Ct", "Old Mill Rd",
              "N Lamar Blvd", "Birchwood Way", "E Franklin St", "Chestnut Pl", "Quail Run Rd", "Harbor View Ter",
              "Pinecrest Cir", "S Congress Ave", "Willow Bend Pkwy", "Elmhurst Ave", "Brookside Dr",
              "Lakeshore Blvd", "Magnolia St", "Foxglove Ln", "Prospect Ave", "Juniper Hill Rd"]


def ad_us(v):
    city, st, z = v.pick(US_CITIES)
    line = "%d %s" % (v.r.randint(12, 9899), v.pick(US_STREETS))
    lines = [line]
    if v.r.random() < 0.35:
        lines.append(v.pick(["Apt 4B", "Apt 12", "Unit 210", "#305", "Suite 1400", "Apt 2F", "Apt 7"]))
    lines.append("%s, %s %s%s" % (city, st, z, v.d(2)))
    return lines


CA_CITIES = [("Toronto", "ON", ["M5V", "M4C", "M6H", "M4K"], ["Queen St W", "Bloor St E", "Danforth Ave",
                                                             "Roncesvalles Ave", "Dundas St W"]),
             ("Vancouver", "BC", ["V6K", "V5L", "V5N"], ["Commercial Dr", "W 4th Ave", "Main St", "Robson St"]),
             ("Montréal", "QC", ["H2T", "H2J", "H3H"], ["rue Saint-Denis", "avenue du Mont-Royal E",
                                                       "boulevard Saint-Laurent", "rue Sherbrooke O"]),
             ("Calgary", "AB", ["T2N", "T2S"], ["17 Ave SW", "Kensington Rd NW"]),
             ("Ottawa", "ON", ["K1S", "K2P"], ["Bank St", "Elgin St"]),
             ("Halifax", "NS", ["B3H", "B3K"], ["Spring Garden Rd", "Agricola St"]),
             ("Winnipeg", "MB", ["R3M"], ["Corydon Ave", "Osborne St"]),
             ("Victoria", "BC", ["V8V", "V8R"], ["Fort St", "Cook St"])]


def ad_ca(v):
    city, pr, fsas, streets = v.pick(CA_CITIES)
    post = "%s %d%s%d" % (v.pick(fsas), v.r.randint(0, 9), v.pick("ABCEGHJKLMNPRSTVWXYZ"), v.r.randint(0, 9))
    num = v.r.randint(10, 4999)
    if v.r.random() < 0.4:
        line = "%d-%d %s" % (v.r.randint(101, 2409), num, v.pick(streets))
    else:
        line = "%d %s" % (num, v.pick(streets))
    return [line, "%s, %s %s" % (city, pr, post)]


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Bondi", "NSW", "2026"), ("Paddington", "QLD", "4064"),
              ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Newtown", "NSW", "2042"),
              ("Brunswick", "VIC", "3056"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Subiaco", "WA", "6008"),
              ("Northcote", "VIC", "3070"), ("Manly", "NSW", "2095")]
AU_STREETS = ["Wattle St", "Beach Rd", "Gympie Tce", "Banksia Cres", "Smith St", "Kent St", "Albion Rd",
              "Jacaranda Ave", "Moreton Pde", "Coral Tree Dr", "Brunswick St", "Hay St", "Macquarie St", "Lygon St"]


def ad_au(v):
    sub, stt, pc = v.pick(AU_SUBURBS)
    n = v.r.randint(1, 320)
    r = v.r.random()
    if r < 0.25:
        line = "Unit %d/%d %s" % (v.r.randint(1, 30), n, v.pick(AU_STREETS))
    elif r < 0.45:
        line = "%d/%d %s" % (v.r.randint(1, 30), n, v.pick(AU_STREETS))
    else:
        line = "%d %s" % (n, v.pick(AU_STREETS))
    return [line, "%s %s %s" % (sub, stt, pc)]


IE_PLACES = [("Terenure", "Dublin 6W", "D6W"), ("Rathmines", "Dublin 6", "D06"), ("Drumcondra", "Dublin 9", "D09"),
             ("Phibsborough", "Dublin 7", "D07"), ("Ballincollig", "Co. Cork", "P31"), (None, "Cork", "T12"),
             (None, "Galway", "H91"), (None, "Limerick", "V94"), ("Bray", "Co. Wicklow", "A98"),
             (None, "Kilkenny", "R95"), (None, "Sligo", "F91"), (None, "Waterford", "X91"),
             ("Athlone", "Co. Westmeath", "N37")]
IE_STREETS = ["Ashfield Park", "Castle Avenue", "Griffith Road", "St Brendan's Terrace", "Orchard Lawn",
              "Main Street", "Shandon Street", "Sea Road", "Ballymun Road", "Oakley Grove", "Church View",
              "Harbour Row"]


def ad_ie(v):
    area, town, rk = v.pick(IE_PLACES)
    L = "ACDEFHKNPRTVWXY"
    eir = "%s %s%d%s%d" % (rk, v.pick(L), v.r.randint(0, 9), v.pick(L), v.r.randint(0, 9))
    if v.r.random() < 0.3:
        lines = ["Apt %d" % v.r.randint(1, 40), v.pick(["The Maltings", "Marlborough Court", "Riverside Quay"])]
    else:
        lines = ["%d %s" % (v.r.randint(1, 180), v.pick(IE_STREETS))]
    if area:
        lines.append(area)
    lines += [town, eir]
    return lines


IN_LOCS = [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Koramangala", "Bengaluru", "Karnataka", "560034"),
           ("Jayanagar 4th Block", "Bengaluru", "Karnataka", "560011"), ("Madhapur", "Hyderabad", "Telangana", "500081"),
           ("Banjara Hills", "Hyderabad", "Telangana", "500034"), ("Bandra West", "Mumbai", "Maharashtra", "400050"),
           ("Andheri East", "Mumbai", "Maharashtra", "400069"), ("Kothrud", "Pune", "Maharashtra", "411038"),
           ("T. Nagar", "Chennai", "Tamil Nadu", "600017"), ("Adyar", "Chennai", "Tamil Nadu", "600020"),
           ("Lajpat Nagar II", "New Delhi", "Delhi", "110024"), ("Greater Kailash I", "New Delhi", "Delhi", "110048"),
           ("Ballygunge", "Kolkata", "West Bengal", "700019"), ("Kadavanthra", "Kochi", "Kerala", "682020"),
           ("Sector 56", "Gurugram", "Haryana", "122011")]
IN_BLDGS = ["Sai Krupa Apartments", "Prestige Lakeside", "Shanti Niketan", "Green Park Residency", "Lotus Heights",
            "Sri Venkateswara Towers", "Gokul Dham", "Rajhans Enclave"]
IN_ROADS = ["14th Cross", "100 Feet Road", "2nd Main Road", "MG Road", "Link Road", "Hill Road", "LBS Marg",
            "Station Road"]


def ad_in(v):
    loc, city, state, pin = v.pick(IN_LOCS)
    r = v.r.random()
    if r < 0.45:
        return ["Flat %d, %s" % (v.r.randint(101, 1204), v.pick(IN_BLDGS)), v.pick(IN_ROADS), loc, "%s %s" % (city, pin)]
    if r < 0.75:
        return ["H.No. %d-%d-%d" % (v.r.randint(1, 12), v.r.randint(1, 9), v.r.randint(1, 300)), v.pick(IN_ROADS),
                loc, city, "%s %s" % (state, pin)]
    return ["%s-%d" % (v.pick("ABCDEFG"), v.r.randint(1, 240)), loc, "%s %s" % (city, pin)]


DE_CITIES = [("Berlin", ["10115", "10243", "10437", "10965", "12047", "13353"]),
             ("München", ["80331", "80469", "80797", "81667"]), ("Hamburg", ["20095", "20357", "22765"]),
             ("Köln", ["50667", "50823", "50937"]), ("Frankfurt am Main", ["60311", "60316", "60594"]),
             ("Leipzig", ["04109", "04275"]), ("Dresden", ["01067", "01099"]),
             ("Freiburg im Breisgau", ["79098", "79102"]), ("Münster", ["48143", "48151"]),
             ("Nürnberg", ["90402", "90429"]), ("Stuttgart", ["70173", "70197"]), ("Bremen", ["28195", "28203"])]
DE_STREETS = ["Lindenstraße", "Am Kirchberg", "Schillerstraße", "Bahnhofstraße", "Goethestraße", "Gartenweg",
              "Hauptstraße", "Kastanienallee", "Eichendorffweg", "Mühlenstraße", "Rosenthaler Straße", "Sonnenstraße",
              "Bergmannstraße", "Schulstraße", "Ahornweg", "Friedrich-Ebert-Straße"]


def ad_de(v):
    city, plzs = v.pick(DE_CITIES)
    hn = str(v.r.randint(1, 140)) + (v.pick("abc") if v.r.random() < 0.2 else "")
    return ["%s %s" % (v.pick(DE_STREETS), hn), "%s %s" % (v.pick(plzs), city)]


FR_CITIES = [("Paris", ["75003", "75011", "75014", "75018", "75020"]), ("Lyon", ["69001", "69003", "69007"]),
             ("Marseille", ["13001", "13006", "13008"]), ("Toulouse", ["31000", "31400"]),
             ("Nantes", ["44000", "44100"]), ("Lille", ["59000", "59800"]), ("Bordeaux", ["33000", "33800"]),
             ("Strasbourg", ["67000"]), ("Montpellier", ["34000"]), ("Rennes", ["35000", "35200"]),
             ("Grenoble", ["38000"]), ("Nice", ["06000", "06300"])]
FR_STREETS = ["rue des Lilas", "avenue de la République", "boulevard Voltaire", "rue Victor-Hugo",
              "place du Marché", "allée des Tilleuls", "rue Jean-Jaurès", "impasse des Vignes", "quai de la Loire",
              "chemin des Écoliers", "rue de la Paix", "rue du Faubourg Saint-Antoine", "cours Lafayette",
              "rue Paradis"]


def ad_fr(v):
    city, cps = v.pick(FR_CITIES)
    n = str(v.r.randint(1, 160)) + (v.pick([" bis", " ter"]) if v.r.random() < 0.15 else "")
    lines = []
    if v.r.random() < 0.25:
        lines.append(v.pick(["Bât. B", "Apt 12", "Résidence les Pins", "Escalier C"]))
    lines.append("%s %s" % (n, v.pick(FR_STREETS)))
    lines.append("%s %s" % (v.pick(cps), city))
    return lines


ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480"),
             ("Zaragoza", "500"), ("Málaga", "290"), ("Granada", "180"), ("Salamanca", "370"), ("Palma", "070")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Gran Vía", "Calle del Pez",
              "Plaza de la Merced", "Calle Larios", "Rambla de Catalunya", "Calle San Fernando", "Calle de Toledo",
              "Paseo de la Castellana", "Calle Doctor Fleming", "Avenida Diagonal", "Carrer de Sants"]


def ad_es(v):
    city, pre = v.pick(ES_CITIES)
    st = v.pick(ES_STREETS)
    if st.startswith("Calle ") and v.r.random() < 0.4:
        st = "C/ " + st[6:]
    fl = "%dº %s" % (v.r.randint(1, 8), v.pick(["izq.", "dcha.", "A", "B", "C"]))
    cp = "%s%02d" % (pre, v.r.randint(1, 50))
    if v.r.random() < 0.5:
        return ["%s %d, %s" % (st, v.r.randint(1, 200), fl), "%s %s" % (cp, city)]
    return ["%s, %d" % (st, v.r.randint(1, 200)), fl, "%s %s" % (cp, city)]


IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
             ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Genova", "GE", "161"), ("Palermo", "PA", "901"),
             ("Verona", "VR", "371"), ("Bari", "BA", "701")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
              "Via San Donato", "Piazza della Repubblica", "Via Mazzini", "Via del Corso", "Via Tiburtina",
              "Via Cavour", "Via Nazionale", "Corso Buenos Aires", "Via Toledo"]


def ad_it(v):
    city, prov, pre = v.pick(IT_CITIES)
    lines = ["%s %d" % (v.pick(IT_STREETS), v.r.randint(1, 220))]
    if v.r.random() < 0.3:
        lines.append(v.pick(["int. %d" % v.r.randint(1, 30), "scala B", "scala A, int. %d" % v.r.randint(1, 20)]))
    lines.append("%s%02d %s (%s)" % (pre, v.r.randint(0, 60), city, prov))
    return lines


NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Delft", "26")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Oudegracht", "Vondelstraat", "Laan van Meerdervoort", "Zeestraat",
              "Hoogstraat", "Biltstraat", "Stationsweg", "Molenstraat", "Haarlemmerdijk", "Witte de Withstraat",
              "Nieuwe Binnenweg", "Breestraat"]


def ad_nl(v):
    city, pre = v.pick(NL_CITIES)
    while True:
        let = v.chars("ABCEGHJKLMNPRSTVWXZ", 2)
        if let not in ("SA", "SD", "SS"):
            break
    pc = "%s%d%d %s" % (pre, v.r.randint(1, 9), v.r.randint(0, 9), let)
    hn = str(v.r.randint(1, 300)) + v.pick(["", "", "", "-II", "-1", "A", "B", " hs", "-3"])
    return ["%s %s" % (v.pick(NL_STREETS), hn), "%s %s" % (pc, city)]


PT_CITIES = [("Lisboa", (1000, 1990)), ("Porto", (4000, 4369)), ("Braga", (4700, 4719)), ("Coimbra", (3000, 3049)),
             ("Faro", (8000, 8009)), ("Aveiro", (3800, 3819))]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Travessa do Carmo", "Rua do Almada",
              "Avenida da Boavista", "Rua de Cedofeita", "Rua Direita", "Avenida Almirante Reis", "Rua Garrett"]


def ad_pt(v):
    city, (lo, hi) = v.pick(PT_CITIES)
    cp = "%d-%03d" % (v.r.randint(lo, hi), v.r.randint(0, 999))
    fl = v.pick(["1.º Dto.", "2.º Esq.", "3.º Esq.", "R/C", "4.º Frente", "5.º Dto."])
    return ["%s %d, %s" % (v.pick(PT_STREETS), v.r.randint(1, 400), fl), "%s %s" % (cp, city)]


BR_CITIES = [("São Paulo", "SP", ["Consolação", "Pinheiros", "Vila Mariana", "Moema", "Bela Vista"], (1000, 5999)),
             ("Rio de Janeiro", "RJ", ["Copacabana", "Botafogo", "Tijuca", "Laranjeiras"], (20000, 23799)),
             ("Belo Horizonte", "MG", ["Savassi", "Funcionários"], (30100, 31999)),
             ("Curitiba", "PR", ["Batel", "Água Verde"], (80000, 82999)),
             ("Porto Alegre", "RS", ["Moinhos de Vento", "Cidade Baixa"], (90000, 91999)),
             ("Recife", "PE", ["Boa Viagem"], (51000, 51299)), ("Salvador", "BA", ["Barra", "Pituba"], (40000, 41999)),
             ("Fortaleza", "CE", ["Meireles", "Aldeota"], (60000, 60999))]
BR_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua Oscar Freire", "Avenida Afonso Pena",
              "Rua XV de Novembro", "Rua da Aurora", "Avenida Sete de Setembro", "Rua Voluntários da Pátria",
              "Avenida Atlântica", "Rua Padre Chagas", "Rua Bahia"]


def ad_br(v):
    city, uf, bairros, (lo, hi) = v.pick(BR_CITIES)
    cep = "%05d-%03d" % (v.r.randint(lo, hi), v.r.randint(0, 999))
    apt = v.pick(["", ", apto %d" % v.r.randint(11, 184), ", bloco B, apto %d" % v.r.randint(101, 1504), ", casa 2"])
    return ["%s, %d%s" % (v.pick(BR_STREETS), v.r.randint(10, 3999), apt), v.pick(bairros), "%s - %s" % (city, uf), cep]


MX_CITIES = [("Ciudad de México", "CDMX", [("Roma Norte", "06700"), ("Condesa", "06140"), ("Del Valle", "03100"),
                                           ("Coyoacán", "04000"), ("Narvarte", "03020")]),
             ("Guadalajara", "Jalisco", [("Americana", "44160"), ("Providencia", "44630")]),
             ("Monterrey", "Nuevo León", [("Obispado", "64060"), ("Cumbres", "64610")]),
             ("Puebla", "Puebla", [("La Paz", "72160")]), ("Mérida", "Yucatán", [("García Ginerés", "97070")]),
             ("Querétaro", "Querétaro", [("Centro", "76000")])]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Colima", "Av. Vallarta", "Calle 60",
              "Av. Constitución", "Calle Morelos", "Av. Hidalgo", "Calle Tonalá", "Av. Juárez", "Calle Zacatecas"]


def ad_mx(v):
    city, st, cols = v.pick(MX_CITIES)
    col, cp = v.pick(cols)
    intr = v.pick(["", "", " Int. %d" % v.r.randint(1, 12), " Depto. %d" % v.r.randint(101, 804)])
    return ["%s %d%s" % (v.pick(MX_STREETS), v.r.randint(5, 2400), intr), "Col. %s" % col, "%s %s, %s" % (cp, city, st)]


ZA_PLACES = [("Lynnwood", "Pretoria", "0081"), ("Claremont", "Cape Town", "7708"), ("Melville", "Johannesburg", "2092"),
             ("Morningside", "Durban", "4001"), ("Walmer", "Gqeberha", "6070"), ("Westdene", "Bloemfontein", "9301"),
             ("Die Boord", "Stellenbosch", "7613"), ("Observatory", "Cape Town", "7925"),
             ("Parkhurst", "Johannesburg", "2193"), ("Hatfield", "Pretoria", "0083")]
ZA_STREETS = ["Jacaranda Street", "Main Road", "Protea Avenue", "Church Street", "Kloof Street", "Florida Road",
              "7th Street", "Lilian Ngoyi Street", "Bree Street", "Jan Smuts Avenue", "Louis Botha Avenue",
              "Beach Road"]


def ad_za(v):
    sub, city, code = v.pick(ZA_PLACES)
    st = "%d %s" % (v.r.randint(1, 220), v.pick(ZA_STREETS))
    if v.r.random() < 0.3:
        return ["Unit %d, %s" % (v.r.randint(1, 48), v.pick(["Sunset Gardens", "Villa Toscana", "Protea Court",
                                                             "Oak Manor", "Lion's Gate"])), st, sub, city, code]
    return [st, sub, city, code]


NG_PLACES = [("Victoria Island", "Lagos", "101241"), ("Lekki Phase 1", "Lagos", "105102"),
             ("Ikeja GRA", "Lagos", "100271"), ("Surulere", "Lagos", "101283"), ("Yaba", "Lagos", "101212"),
             ("Wuse II", "Abuja", "904101"), ("Maitama", "Abuja", "904101"), ("Garki", "Abuja", "900103"),
             ("Bodija", "Ibadan", "200284"), ("GRA Phase 2", "Port Harcourt", "500272"),
             ("Independence Layout", "Enugu", "400102")]
NG_STREETS = ["Adeola Odeku Street", "Admiralty Way", "Aminu Kano Crescent", "Awolowo Road", "Herbert Macaulay Way",
              "Bourdillon Road", "Ogui Road", "Aba Road", "Isaac John Street", "Ahmadu Bello Way",
              "Adetokunbo Ademola Crescent", "Obafemi Awolowo Way"]


def ad_ng(v):
    area, city, code = v.pick(NG_PLACES)
    r = v.r.random()
    if r < 0.3:
        return ["Plot %d, %s" % (v.r.randint(1, 900), v.pick(NG_STREETS)), area, city]
    if r < 0.5:
        return ["Flat %d, Block %s" % (v.r.randint(1, 12), v.pick("ABCDEF")), v.pick(NG_STREETS), area, city]
    return ["%d %s" % (v.r.randint(1, 150), v.pick(NG_STREETS)), area, "%s %s" % (city, code)]


KE_PLACES = [("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"), ("Lavington", "Nairobi", "00603"),
             ("South B", "Nairobi", "00200"), ("Karen", "Nairobi", "00502"), ("Nyali", "Mombasa", "80118"),
             ("Milimani", "Kisumu", "40100"), ("Milimani", "Nakuru", "20100")]
KE_STREETS = ["Ngong Road", "Argwings Kodhek Road", "Riverside Drive", "James Gichuru Road", "Links Road",
              "Oginga Odinga Street", "Lenana Road", "Mombasa Road", "Kindaruma Road", "Muthithi Road"]


def ad_ke(v):
    area, city, code = v.pick(KE_PLACES)
    if v.r.random() < 0.5:
        return ["Apartment %d%s, %s" % (v.r.randint(1, 14), v.pick("ABCD"), v.pick(["Elgon Court", "Riverside Gardens",
                                                                                     "Jacaranda Heights",
                                                                                     "Kileleshwa Park",
                                                                                     "Sunrise Apartments"])),
                v.pick(KE_STREETS), area, "%s %s" % (city, code)]
    return ["House %d, %s" % (v.r.randint(1, 80), v.pick(KE_STREETS)), area, city]


SG_HDB = [("Ang Mo Kio Avenue 10", "56"), ("Toa Payoh Lorong 8", "31"), ("Bedok North Street 3", "46"),
          ("Jurong West Street 42", "64"), ("Tampines Street 81", "52"), ("Yishun Ring Road", "76"),
          ("Bukit Batok West Avenue 6", "65"), ("Clementi Avenue 3", "12")]
SG_LANDED = [("Lorong Chuan", "55"), ("Jalan Kembangan", "41"), ("Holland Grove Road", "27"), ("Siglap Drive", "45"),
             ("Namly Avenue", "26")]


def ad_sg(v):
    if v.r.random() < 0.7:
        st, pre = v.pick(SG_HDB)
        blk = v.r.randint(101, 689)
        return ["Blk %d %s" % (blk, st), "#%02d-%d" % (v.r.randint(2, 16), v.r.randint(10, 1480)),
                "Singapore %s%04d" % (pre, blk)]
    st, pre = v.pick(SG_LANDED)
    return ["%d %s" % (v.r.randint(1, 90), st), "Singapore %s%s" % (pre, v.d(4))]


PH_AREAS = [("Bonifacio Global City", "Taguig", "1634"), ("Bel-Air", "Makati", "1209"),
            ("Kamuning", "Quezon City", "1103"), ("Kapitolyo", "Pasig", "1603"), ("Lahug", "Cebu City", "6000"),
            ("Poblacion", "Davao City", "8000")]
PH_STREETS = ["34th St", "Jupiter St", "Mabini St", "Kalayaan Ave", "Scout Tuason St", "Gorordo Ave",
              "J.P. Laurel Ave", "Rizal St", "Shaw Blvd"]


def ad_ph(v):
    r = v.r.random()
    if r < 0.35:
        brgy = v.pick(["San Isidro", "Santo Niño", "Malanday", "Bagong Silang"])
        city, prov, z = v.pick([("Antipolo City", "Rizal", "1870"), ("Dasmariñas", "Cavite", "4114"),
                                ("San Fernando", "Pampanga", "2000")])
        return ["Blk %d Lot %d, %s" % (v.r.randint(1, 40), v.r.randint(1, 30), v.pick(PH_STREETS)), "Brgy. %s" % brgy,
                city, "%s %s" % (prov, z)]
    area, city, z = v.pick(PH_AREAS)
    if r < 0.65:
        return ["Unit %d%s, %s" % (v.r.randint(2, 40), v.pick("ABCDEF"), v.pick(["Avida Towers", "One Serendra",
                                                                               "The Grove", "Greenbelt Residences"])),
                v.pick(PH_STREETS), area, "%s %s" % (city, z)]
    return ["%d %s" % (v.r.randint(1, 400), v.pick(PH_STREETS)), area, "%s %s" % (city, z)]


JP_AREAS = [("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
            ("Kichijoji Honcho", "Musashino-shi", "Tokyo", "180-0004"), ("Umeda", "Kita-ku", "Osaka", "530-0001"),
            ("Namba", "Chuo-ku", "Osaka", "542-0076"), ("Sakae", "Naka-ku", "Nagoya", "460-0008"),
            ("Minatomirai", "Nishi-ku", "Yokohama", "220-0012"), ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001")]


def ad_jp(v):
    dist, ward, city, pc = v.pick(JP_AREAS)
    first = "%d-%d-%d %s" % (v.r.randint(1, 6), v.r.randint(1, 30), v.r.randint(1, 20), dist)
    lines = ([v.pick(["Room %d" % v.r.randint(101, 1208), "Sunny Heights %d" % v.r.randint(101, 508)])]
             if v.r.random() < 0.4 else []) + [first, "%s, %s %s" % (ward, city, pc)]
    return lines


KR_ROADS = [("Teheran-ro", "Gangnam-gu", "Seoul", "06"), ("Sejong-daero", "Jung-gu", "Seoul", "04"),
            ("Olympic-ro", "Songpa-gu", "Seoul", "05"), ("Haeundae-ro", "Haeundae-gu", "Busan", "48"),
            ("Dongseong-ro", "Jung-gu", "Daegu", "41"), ("Pangyo-ro", "Bundang-gu", "Seongnam", "13")]


def ad_kr(v):
    road, gu, city, pre = v.pick(KR_ROADS)
    gil = (" %d-gil" % v.r.randint(2, 80)) if v.r.random() < 0.5 else ""
    lines = (["Apt %d" % v.r.randint(101, 2304)] if v.r.random() < 0.4 else [])
    lines += ["%d %s%s" % (v.r.randint(1, 300), road, gil), gu, "%s %s%s" % (city, pre, v.d(3))]
    return lines


CN_ROADS = [("Century Avenue", "Pudong New Area", "Shanghai", "2001"),
            ("Jianguomen Outer Street", "Chaoyang District", "Beijing", "1000"),
            ("Tianhe Road", "Tianhe District", "Guangzhou", "5106"),
            ("Nanjing West Road", "Jing'an District", "Shanghai", "2000"),
            ("Shennan Boulevard", "Futian District", "Shenzhen", "5180"),
            ("Wensan Road", "Xihu District", "Hangzhou", "3100"),
            ("Renmin South Road", "Wuhou District", "Chengdu", "6100")]


def ad_cn(v):
    road, dist, city, pre = v.pick(CN_ROADS)
    lines = (["Room %d, Building %d" % (v.r.randint(101, 2808), v.r.randint(1, 12))] if v.r.random() < 0.5 else [])
    lines += ["No. %d %s" % (v.r.randint(1, 999), road), dist, "%s %s%s" % (city, pre, v.d(2))]
    return lines


PL_CITIES = [("Warszawa", ["00", "02"]), ("Kraków", ["30", "31"]), ("Gdańsk", ["80"]), ("Wrocław", ["50", "53"]),
             ("Poznań", ["60", "61"]), ("Łódź", ["90"]), ("Lublin", ["20"]), ("Katowice", ["40"])]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "al. Grunwaldzka", "ul. Piotrkowska", "os. Kosmonautów",
              "ul. Świętokrzyska", "ul. Mickiewicza", "ul. Kościuszki", "al. Jerozolimskie", "ul. Szewska",
              "ul. Ogrodowa", "ul. Polna"]


def ad_pl(v):
    city, pres = v.pick(PL_CITIES)
    n = v.r.randint(1, 180)
    hn = v.pick(["%d" % n, "%d/%d" % (n, v.r.randint(1, 60)), "%d m. %d" % (n, v.r.randint(1, 60))])
    return ["%s %s" % (v.pick(PL_STREETS), hn), "%s-%03d %s" % (v.pick(pres), v.r.randint(1, 999), city)]


SE_CITIES = [("Stockholm", "1"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Lund", "22"),
             ("Umeå", "90"), ("Västerås", "72"), ("Örebro", "70")]
SE_STREETS = ["Götgatan", "Kungsgatan", "Storgatan", "Drottninggatan", "Sveavägen", "Vasagatan", "Linnégatan",
              "Södra Förstadsgatan", "Hornsgatan", "Ringvägen", "Skolgatan", "Björkvägen"]


def ad_se(v):
    city, pre = v.pick(SE_CITIES)
    digits = pre + v.d(5 - len(pre))
    pc = "%s %s" % (digits[:3], digits[3:])
    lines = ["%s %d%s" % (v.pick(SE_STREETS), v.r.randint(1, 120), v.pick(["", "", "A", "B"]))]
    if v.r.random() < 0.3:
        lines.append("lgh %d" % v.r.randint(1001, 1602))
    lines.append("%s %s" % (pc, city))
    return lines


ADDRESSES = {"us": ad_us, "ca": ad_ca, "uk": ad_uk, "ie": ad_ie, "au": ad_au, "in": ad_in, "de": ad_de, "fr": ad_fr,
             "es": ad_es, "it": ad_it, "nl": ad_nl, "pt": ad_pt, "br": ad_br, "mx": ad_mx, "za": ad_za, "ng": ad_ng,
             "ke": ad_ke, "sg": ad_sg, "ph": ad_ph, "jp": ad_jp, "kr": ad_kr, "cn": ad_cn, "pl": ad_pl, "se": ad_se}


def address_line(v, loc):
    lines = ADDRESSES[loc](v)
    if loc == "us" and len(lines) == 3 and v.r.random() < 0.5:
        return "%s %s, %s" % tuple(lines)
    if loc == "br":
        return "%s - %s, %s, %s" % tuple(lines)
    return ", ".join(lines)


def address_block(v, loc):
    return "\n".join(ADDRESSES[loc](v))



# ---- dates ----------------------------------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
MDY_LOCALES = {"us", "ph"}
YMD_LOCALES = {"jp", "kr", "cn", "se"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(v, dt, loc, lang):
    d, m, y = dt.day, dt.month, dt.year
    M = MONTHS[lang][m - 1]
    if lang == "en":
        if loc in MDY_LOCALES:
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (M, d, y), "%s %d, %d" % (M[:3], d, y),
                    "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y)]
        elif loc == "ca":
            opts = ["%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (M, d, y), "%02d/%02d/%d" % (d, m, y)]
        elif loc in YMD_LOCALES:
            opts = ["%d-%02d-%02d" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%s %d, %d" % (M, d, y),
                    "%d.%02d.%02d" % (y, m, d) if loc == "kr" else "%d %s %d" % (d, M, y)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M, y), "%s %s %d" % (ordinal(d), M, y),
                    "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M[:3], y),
                    "%d/%d/%d" % (d, m, y)]
        return v.pick(opts)
    if lang == "de":
        return v.pick(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, M, y), "%d.%d.%d" % (d, m, y)])
    if lang == "fr":
        return v.pick(["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), M, y)])
    if lang == "es":
        return v.pick(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, M, y), "%02d-%02d-%d" % (d, m, y)])
    if lang == "it":
        return v.pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M, y), "%02d.%02d.%d" % (d, m, y)])
    if lang == "nl":
        return v.pick(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, M, y), "%d-%d-%d" % (d, m, y)])
    if lang == "pt":
        return v.pick(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, M, y)])
    if lang == "pl":
        return v.pick(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M, y), "%d-%02d-%02d" % (y, m, d)])
    if lang == "sv":
        return v.pick(["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, M, y)])
    raise ValueError(lang)


def rand_date(v, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(v.r.randint(a, b))


def dob(v, loc, lang):
    return fmt_date(v, rand_date(v, 1941, 2006), loc, lang)


def dob_iso(v):
    return rand_date(v, 1941, 2006).isoformat()


# ---- cards, bank, national numbers, IPs -----------------------------------------------------------------------
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117",
              "4000056655665556", "5105105105105100", "371449635398431"}


def card(v):
    while True:
        kind = v.pick(["visa", "visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = "5" + v.pick("12345"), 16
        elif kind == "mc2":
            pre, n = str(v.r.randint(2221, 2720)), 16
        elif kind == "amex":
            pre, n = v.pick(["34", "37"]), 15
        elif kind == "disc":
            pre, n = v.pick(["6011", "65"]), 16
        else:
            pre, n = "35" + str(v.r.randint(28, 89)), 16
        body = pre + v.d(n - len(pre) - 1)
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num)) > 3:
            break
    if n == 15:
        return v.pick(["%s %s %s" % (num[:4], num[4:10], num[10:]), "%s-%s-%s" % (num[:4], num[4:10], num[10:]), num])
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return v.pick([" ".join(g), " ".join(g), "-".join(g), num])


IBAN_SPEC = {  # country: builder of the BBAN (national part)
    "GB": lambda v: v.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "REVO", "SRLG"]) + v.d(14),
    "IE": lambda v: v.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + v.d(14),
    "DE": lambda v: v.d(18),
    "FR": lambda v: v.d(23),
    "ES": lambda v: v.d(20),
    "IT": lambda v: v.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + v.d(22),
    "NL": lambda v: v.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]) + v.d(10),
    "PT": lambda v: v.d(21),
    "PL": lambda v: v.d(24),
    "SE": lambda v: v.d(20),
    "BE": lambda v: v.d(12),
    "AT": lambda v: v.d(16),
    "CH": lambda v: v.d(17),
}
IBAN_BY_LOCALE = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT",
                  "pl": "PL", "se": "SE"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(v, loc):
    cc = IBAN_BY_LOCALE.get(loc) or v.pick(["GB", "DE", "FR", "NL", "ES", "IE", "BE", "AT", "CH", "IT"])
    bban = IBAN_SPEC[cc](v)
    s = cc + iban_check(cc, bban) + bban
    assert iban_valid(s)
    if v.r.random() < 0.65:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def nhs(v):
    while True:
        ds = [int(v.pick("46"))] + [v.r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(ds[i] * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, ds)) + str(c)
        return v.pick(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s" % (s[:3], s[3:6], s[6:]), s,
                       "%s-%s-%s" % (s[:3], s[3:6], s[6:])])


def nhs_valid(s):
    s = re.sub(r"\D", "", s)
    c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    return len(s) == 10 and c != 10 and (0 if c == 11 else c) == int(s[9])


def ssn(v):
    while True:
        a = v.r.randint(1, 899)
        g, s = v.r.randint(1, 99), v.r.randint(1, 9999)
        if a != 666 and (a, g, s) not in ((78, 5, 1120), (123, 45, 6789), (219, 9, 9999)):
            break
    return v.pick(["%03d-%02d-%04d" % (a, g, s)] * 4 + ["%03d %02d %04d" % (a, g, s)])


PUBLIC_FIRST_OCTETS = [23, 31, 37, 45, 51, 62, 68, 73, 77, 81, 86, 89, 93, 98, 104, 109, 118, 122, 141, 151, 176, 178,
                       185, 188, 194, 197, 201, 212, 213, 217]


def ipv4(v):
    return "%d.%d.%d.%d" % (v.pick(PUBLIC_FIRST_OCTETS), v.r.randint(0, 255), v.r.randint(0, 255), v.r.randint(1, 254))


def ipv6(v):
    pre = v.pick(["2a02:c7f", "2600:1700", "2a00:23c5", "2409:4042", "2405:201", "2804:14c", "2a01:e0a", "2001:4ca0",
                  "2003:e2", "2607:fb90"])
    hexs = ["%x" % v.r.randint(0, 0xffff) for _ in range(8 - pre.count(":") - 1)]
    if v.r.random() < 0.4:
        return pre + ":" + ":".join(hexs[:2]) + "::" + hexs[-1]
    return pre + ":" + ":".join(hexs)


# ---- secrets --------------------------------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def rbytes(v, n):
    return bytes(v.r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def aws_id(v):
    while True:
        s = v.pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + v.chars(B32, 16)
        if "EXAMPLE" not in s:
            return s


def aws_secret(v):
    return v.chars(B64, 40)


def gh_token(v):
    k = v.pick(["ghp", "ghp", "gho", "ghs", "pat"])
    if k == "pat":
        return "github_pat_" + v.chars(ALNUM, 22) + "_" + v.chars(ALNUM, 59)
    return k + "_" + v.chars(ALNUM, 36)


def openai_key(v):
    if v.r.random() < 0.6:
        return "sk-proj-" + v.chars(URLSAFE, 48) + "T3BlbkFJ" + v.chars(URLSAFE, 48)
    return "sk-" + v.chars(ALNUM, 20) + "T3BlbkFJ" + v.chars(ALNUM, 20)


def anthropic_key(v):
    return "sk-ant-api03-" + v.chars(URLSAFE, 93) + "AA"


def slack_token(v):
    if v.r.random() < 0.6:
        return "xoxb-%s-%s-%s" % (v.nz(12), v.nz(13), v.chars(ALNUM, 24))
    return "xoxp-%s-%s-%s-%s" % (v.nz(12), v.nz(12), v.nz(13), v.chars(HEX, 32))


def stripe_key(v):
    return v.pick(["sk_live_", "sk_live_", "rk_live_"]) + v.pick(["51", ""]) + v.chars(ALNUM, v.r.randint(24, 40))


def jwt(v):
    alg = v.pick(["HS256", "ES256"])
    h = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()
    t = v.r.randint(1704067200, 1767225600)
    p = {"sub": v.pick(["usr_", "acct_", ""]) + v.chars(HEX, 16), "iat": t, "exp": t + v.pick([900, 3600, 86400]),
         "scope": v.pick(["read:orders", "admin", "user", "reports:write"]),
         "iss": v.pick(["https://auth.halden.dev", "api.kestrelworks.io", "https://id.bramblepay.com"])}
    pb = json.dumps(p, separators=(",", ":")).encode()
    return "%s.%s.%s" % (b64u(h), b64u(pb), b64u(rbytes(v, 32 if alg == "HS256" else 64)))


def pem_ec(v):
    der = (bytes.fromhex("30770201010420") + rbytes(v, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(v, 64))
    b = base64.b64encode(der).decode()
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + \
        "\n-----END EC PRIVATE KEY-----"


def ssh_ed25519(v):
    def s(b):
        return struct.pack(">I", len(b)) + b
    seed, pub = rbytes(v, 32), rbytes(v, 32)
    pubblob = s(b"ssh-ed25519") + s(pub)
    chk = rbytes(v, 4)
    priv = chk + chk + s(b"ssh-ed25519") + s(pub) + s(seed + pub) + s(v.pick([b"backup@nas-02", b"deploy@build-01",
                                                                             b"ci@runner-7"]))
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    body = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1) + s(pubblob) + s(priv)
    b = base64.b64encode(body).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(b[i:i + 70] for i in range(0, len(b), 70)) + \
        "\n-----END OPENSSH PRIVATE KEY-----"


PW_WORDS = ["marigold", "falcon", "harbour", "copper", "tangerine", "nimbus", "juniper", "quartz", "saffron",
            "pelican", "cobalt", "orchid", "lantern", "thistle", "walrus", "meadow", "ember", "glacier"]


def password(v, safe=False):
    sym = "-_." if safe else "#%^*-_=+.!?~&"
    while True:
        k = v.r.randint(0, 4)
        if k == 0:
            s = v.pick(PW_WORDS).capitalize() + v.pick(sym) + v.d(v.r.randint(2, 4))
        elif k == 1:
            w = v.pick(PW_WORDS)
            s = w.replace("a", "4").replace("o", "0").replace("e", "3").capitalize() + v.d(2) + v.pick(sym) + v.pick("XQZK")
        elif k == 2:
            s = v.chars(ALNUM + sym, v.r.randint(12, 18))
        elif k == 3:
            s = "-".join(v.r.sample(PW_WORDS, 3)) + "-" + v.d(2)
        else:
            s = v.pick(["Summer", "Winter", "Spring", "Autumn"]) + str(v.r.randint(2019, 2025)) + v.pick(sym) + v.pick(sym) + v.d(1)
        if s[-1].isalnum() and s[0].isalnum() and any(c.isdigit() for c in s):
            return s


def generic_key(v, kind=None):
    kind = kind or v.pick(["aiza", "sg", "glpat", "npm", "hf", "mailgun", "shpat", "dop", "hex32", "xkeysib"])
    if kind == "aiza":
        return "AIza" + v.chars(URLSAFE, 35)
    if kind == "sg":
        return "SG." + v.chars(URLSAFE, 22) + "." + v.chars(URLSAFE, 43)
    if kind == "glpat":
        return "glpat-" + v.chars(URLSAFE, 20)
    if kind == "npm":
        return "npm_" + v.chars(ALNUM, 36)
    if kind == "hf":
        return "hf_" + v.chars(ALNUM[:52], 34)
    if kind == "mailgun":
        return "key-" + v.chars(HEX, 32)
    if kind == "shpat":
        return "shpat_" + v.chars(HEX, 32)
    if kind == "dop":
        return "dop_v1_" + v.chars(HEX, 64)
    if kind == "xkeysib":
        return "xkeysib-" + v.chars(HEX, 64) + "-" + v.chars(ALNUM, 16)
    return v.chars(HEX, 32)


# ---- e-mail addresses -----------------------------------------------------------------------------------------
PERSONAL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net", "proton.me"],
    "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "rogers.com", "videotron.ca", "sympatico.ca", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl", "hotmail.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"],
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
    "ng": ["gmail.com", "yahoo.com"], "ke": ["gmail.com", "yahoo.com"],
    "sg": ["gmail.com", "singnet.com.sg", "yahoo.com.sg"], "ph": ["gmail.com", "yahoo.com.ph"],
    "jp": ["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com"], "kr": ["naver.com", "daum.net", "gmail.com"],
    "cn": ["qq.com", "163.com", "126.com", "sina.com"], "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
    "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
}
WORK_DOMAINS = {
    "us": ["brightlane.io", "oakfieldlegal.com", "tidewater-freight.com", "quillandpress.com", "halden.dev"],
    "uk": ["corvane.co.uk", "harbourtech.co.uk", "larkspurdental.co.uk", "fennwick.org.uk"],
    "ca": ["maplegrid.ca", "northshore-eng.ca"], "au": ["tidewell.com.au", "coralbay.net.au"],
    "ie": ["quillmark.ie", "liffeyworks.ie"], "in": ["sutradata.in", "kaveritech.co.in"],
    "de": ["vellumhaus.de", "nordwerk-gmbh.de"], "fr": ["atelier-sorel.fr", "cabinet-aubrac.fr"],
    "es": ["bodegasilex.es", "grupoalcor.es"], "it": ["studiofornaci.it", "officine-lario.it"],
    "nl": ["kanaalwerk.nl", "dijkstra-advies.nl"], "pt": ["azulejo-digital.pt"], "br": ["cafezal.com.br"],
    "mx": ["grupotlaloc.mx"], "za": ["ferretlogistics.co.za"], "ng": ["lagosfreight.com.ng"],
    "ke": ["zuridata.co.ke"], "sg": ["merlion-analytics.sg"], "ph": ["bayanihan-bpo.ph"], "jp": ["kiso-works.jp"],
    "kr": ["hanbit-soft.kr"], "cn": ["lianhe-tech.cn"], "pl": ["wisla-soft.pl"], "se": ["nordlys.se"],
}


def email_for(v, p, loc, work=None):
    g = alpha(p.given if p.group in ("mexican", "filipino", "malay_indonesian", "cantonese") else p.given.split()[0])
    s = alpha(p.surname)
    if work is None:
        work = v.r.random() < 0.35
    if work:
        dom = v.pick(WORK_DOMAINS[loc])
        local = v.pick(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s" % (g[0], s), g, "%s%s" % (g, s[0]),
                        "%s.%s" % (g, s)])
    else:
        dom = v.pick(PERSONAL_DOMAINS[loc])
        yy = v.pick(["%02d" % v.r.randint(0, 99), str(v.r.randint(1960, 2005)), str(v.r.randint(1, 9))])
        local = v.pick(["%s.%s" % (g, s), "%s%s%s" % (g, s, yy), "%s_%s" % (g, s), "%s%s%s" % (g[0], s, yy),
                        "%s%s" % (s, g[0]), "%s.%s%s" % (g, s, yy), "%s%s" % (g, yy), "%s.%s" % (s, g)])
    return "%s@%s" % (local, dom)


# ---- decoys ---------------------------------------------------------------------------------------------------
def amount(v, loc, lang, plain=False):
    big = v.r.random() < 0.35
    x = v.r.randint(100, 4999) if big else v.r.randint(2, 99)
    cents = v.pick([0, 0, 50, 99, 95, 25, 49])
    if plain:
        return "%d.%02d" % (x, cents)

    def en(n):
        return "{:,}".format(n) + (".%02d" % cents if cents or v.r.random() < 0.4 else "")

    def eu(n, sep="."):
        return "{:,}".format(n).replace(",", sep) + ",%02d" % cents
    if lang == "en":
        sym = {"us": "$", "ca": "$", "au": "$", "uk": "£", "in": "₹", "za": "R", "ng": "₦", "ke": "KSh ",
               "sg": "S$", "ph": "₱", "jp": "¥", "kr": "₩", "cn": "¥", "mx": "MX$", "br": "R$", "pl": "PLN ",
               "se": "SEK "}.get(loc, "€")
        if loc in ("jp", "kr"):
            return sym + "{:,}".format(x * (10 if big else 20))
        return sym + en(x)
    if loc == "br":
        return "R$ " + eu(x)
    if loc == "mx":
        return "$" + en(x) + " MXN"
    if lang in ("de", "es", "it", "pt"):
        return eu(x) + " €"
    if lang == "fr":
        return eu(x, " ") + " €"
    if lang == "nl":
        return "€ " + eu(x)
    if lang == "pl":
        return eu(x, " ") + " zł"
    if lang == "sv":
        return "{:,}".format(x).replace(",", " ") + " kr"
    return "€" + en(x)


def time_str(v, lang):
    h, m = v.r.randint(7, 19), v.pick([0, 15, 30, 45, 10, 40, 20])
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        return v.pick(["%d:%02d" % (h, m), "%02d:%02d" % (h, m),
                       "%d%s" % (h12, ap) if m == 0 else "%d:%02d%s" % (h12, m, ap),
                       "%d:%02d %s" % (h12, m, ap), "%d.%02d%s" % (h12, m, ap)])
    if lang == "fr":
        return "%dh%s" % (h, "%02d" % m if m else "")
    if lang == "sv":
        return "%02d.%02d" % (h, m)
    if lang == "pt":
        return v.pick(["%dh%s" % (h, "%02d" % m if m else ""), "%02d:%02d" % (h, m)])
    return "%02d:%02d" % (h, m)


MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def ts_parts(v):
    return rand_date(v, 2024, 2025), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59)


def timestamp(v):
    dt, h, m, s = ts_parts(v)
    return v.pick(["%sT%02d:%02d:%02dZ" % (dt.isoformat(), h, m, s),
                   "%s %02d:%02d:%02d,%03d" % (dt.isoformat(), h, m, s, v.r.randint(0, 999)),
                   "%sT%02d:%02d:%02d.%03d+00:00" % (dt.isoformat(), h, m, s, v.r.randint(0, 999))])


def syslog_ts(v):
    dt, h, m, s = ts_parts(v)
    return "%s %2d %02d:%02d:%02d" % (MON3[dt.month - 1], dt.day, h, m, s)


def clf_ts(v):
    dt, h, m, s = ts_parts(v)
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (dt.day, MON3[dt.month - 1], dt.year, h, m, s)


def isbn13(v):
    body = "978" + v.pick("01") + v.d(8)
    c = (10 - sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body)) % 10) % 10
    s = body + str(c)
    return v.pick([s, "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])])


def uuid4(v):
    h = v.chars(HEX, 32)
    h = h[:12] + "4" + h[13:16] + v.pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def tracking(v):
    k = v.r.randint(0, 3)
    if k == 0:
        return "1Z" + v.chars("ABCDEFGHJKLMNPRSTVWXY0123456789", 6) + v.d(10)
    if k == 1:
        return "%s%sGB" % (v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2), v.d(9))
    if k == 2:
        s = "9400" + v.d(18)
        return " ".join(s[i:i + 4] for i in range(0, 22, 4))
    return v.d(10)


ORG_EMAIL_DOMAINS = ["brightwater-homes.co.uk", "tallyfern.com", "parcelwise.com", "greenleaf-energy.ie",
                     "nordbahn.de", "moorcroft.edu", "cityfibre-help.net", "kestrelbank.com"]


def org_email(v):
    return "%s@%s" % (v.pick(["support", "info", "billing", "noreply", "hello", "careers", "accounts", "press", "help",
                              "orders", "no-reply"]), v.pick(ORG_EMAIL_DOMAINS))


def org_phone(v, loc):
    if loc == "uk":
        return v.pick(["0800 %s %s" % (v.d(3), v.d(4)), "0345 %s %s" % (v.d(3), v.d(4)), "0300 %s %s" % (v.d(3), v.d(4))])
    if loc == "au":
        return v.pick(["1300 %s %s" % (v.d(3), v.d(3)), "13 %s %s" % (v.d(2), v.d(2)), "1800 %s %s" % (v.d(3), v.d(3))])
    if loc == "ie":
        return "1800 %s %s" % (v.d(3), v.d(3))
    if loc == "in":
        return "1800 %s %s" % (v.d(3), v.d(4))
    if loc == "de":
        return "0800 %s" % v.d(7)
    if loc == "fr":
        return "0 800 %s %s" % (v.d(3), v.d(3))
    if loc == "nl":
        return "0800-%s" % v.d(4)
    return v.pick(["1-800-%s-%s" % (v.d(3), v.d(4)), "(888) %s-%s" % (v.nz(3, 2), v.d(4)),
                   "1-877-%s-%s" % (v.d(3), v.d(4))])


def test_phone(v, loc):
    if loc == "uk":
        return v.pick(["07700 900%s" % v.d(3), "020 7946 0%s" % v.d(3)])
    if loc == "au":
        return "0491 570 %s" % v.d(3)
    return v.pick(["(%s) 555-01%s" % (v.pick(US_AREAS), v.d(2)), "+1 %s-555-01%s" % (v.pick(US_AREAS), v.d(2))])


def version(v):
    return v.pick(["v%d.%d.%d" % (v.r.randint(0, 9), v.r.randint(0, 30), v.r.randint(0, 40)),
                   "%d.%d.%d" % (v.r.randint(1, 19), v.r.randint(0, 30), v.r.randint(0, 40)),
                   "%d.%d" % (v.r.randint(1, 12), v.r.randint(0, 9)),
                   "%d.%d.%d-rc.%d" % (v.r.randint(0, 5), v.r.randint(0, 20), v.r.randint(0, 9), v.r.randint(1, 4))])


def percent(v, lang):
    x = "%d.%d" % (v.r.randint(0, 24), v.r.randint(0, 9))
    return x + "%" if lang == "en" else x.replace(".", ",") + " %"


def decoy_gen(kind, v, loc, lang):
    g = {
        "uuid": lambda: uuid4(v),
        "git_sha": lambda: v.chars(HEX, v.pick([7, 7, 12, 40])),
        "sha256": lambda: v.chars(HEX, 64),
        "isbn": lambda: isbn13(v),
        "order_id": lambda: v.pick(["ORD-%s" % v.nz(6), "#%s" % v.nz(7), "%s-%s-%s" % (v.nz(3), v.d(7), v.d(7)),
                                    "SO%s" % v.nz(8), "%s%s" % (v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2), v.nz(6))]),
        "ticket_id": lambda: v.pick(["INC%07d" % v.r.randint(1000, 9999999), "#%s" % v.nz(5),
                                     "%s-%d" % (v.pick(["OPS", "HELP", "SUP", "IT"]), v.r.randint(100, 9999))]),
        "invoice_no": lambda: v.pick(["INV-%d-%04d" % (v.r.randint(2023, 2025), v.r.randint(1, 9999)), v.nz(8),
                                      "F%s/%d" % (v.nz(5), v.r.randint(2023, 2025))]),
        "tracking_no": lambda: tracking(v),
        "booking_ref": lambda: v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
        "seat": lambda: "%d%s" % (v.r.randint(1, 42), v.pick("ABCDEF")),
        "rma": lambda: "RMA-%s" % v.nz(6),
        "po_number": lambda: "PO-%s" % v.nz(5),
        "case_no": lambda: "CS-%d-%05d" % (v.r.randint(2023, 2025), v.r.randint(1, 99999)),
        "otp": lambda: v.d(6),
        "version": lambda: version(v),
        "doc_ip": lambda: "%s.%d" % (v.pick(["192.0.2", "198.51.100", "203.0.113"]), v.r.randint(1, 254)),
        "doc_ip6": lambda: v.pick(["2001:db8::/32", "2001:db8::%x" % v.r.randint(1, 0xffff),
                                   "2001:db8:%x::1" % v.r.randint(1, 0xfff)]),
        "private_ip": lambda: v.pick(["10.%d.%d.%d" % (v.r.randint(0, 255), v.r.randint(0, 255), v.r.randint(1, 254)),
                                      "192.168.%d.%d" % (v.r.randint(0, 10), v.r.randint(1, 254)),
                                      "172.%d.%d.%d" % (v.r.randint(16, 31), v.r.randint(0, 255), v.r.randint(1, 254))]),
        "container_id": lambda: v.chars(HEX, 12),
        "mac": lambda: ":".join(v.chars(HEX, 2) for _ in range(6)),
        "build": lambda: "#%d" % v.r.randint(1000, 99999),
        "port": lambda: str(v.r.randint(1024, 65535)),
        "pid": lambda: str(v.r.randint(1000, 65000)),
        "timestamp": lambda: timestamp(v),
        "syslog_ts": lambda: syslog_ts(v),
        "clf_ts": lambda: clf_ts(v),
        "amount": lambda: amount(v, loc, lang),
        "amount_plain": lambda: amount(v, loc, lang, plain=True),
        "sku": lambda: "%s-%s-%s" % (v.chars("ABCDEFGHKLMNPRSTWX", 2), v.nz(4), v.pick(["BLK", "WHT", "GRY", "S", "XL", "04"])),
        "model_no": lambda: "%s-%s%s" % (v.chars("ABCDEFGHKLMNPRSTWXZ", 2), v.nz(4), v.pick(["", "B", "X"])),
        "weight": lambda: v.pick(["%d.%d kg" % (v.r.randint(0, 30), v.r.randint(0, 9)), "%d g" % v.r.randint(80, 950),
                                  "%d lb" % v.r.randint(1, 60)]),
        "measure": lambda: v.pick(["%d.%d m" % (v.r.randint(0, 40), v.r.randint(0, 9)), "%d cm" % v.r.randint(5, 300),
                                   "%d ft" % v.r.randint(2, 90)]),
        "percent": lambda: percent(v, lang),
        "room": lambda: v.pick(["%d.%02d" % (v.r.randint(1, 6), v.r.randint(1, 40)),
                                "%s%d" % (v.pick("ABC"), v.r.randint(101, 420)), str(v.r.randint(2, 30))]),
        "time": lambda: time_str(v, lang),
        "event_date": lambda: fmt_date(v, rand_date(v, 2023, 2026), loc, lang),
        "event_date_iso": lambda: rand_date(v, 2023, 2026).isoformat(),
        "year": lambda: str(v.r.randint(1950, 2022)),
        "num": lambda: str(v.r.randint(1000, 999999)),
        "emp_id": lambda: "E%s" % v.nz(5),
        "student_id": lambda: "S%s" % v.nz(7),
        "job_ref": lambda: "%s-%d" % (v.pick(["HR", "JR", "REQ"]), v.r.randint(100, 9999)),
        "org_email": lambda: org_email(v),
        "org_phone": lambda: org_phone(v, loc),
        "example_email": lambda: v.pick(["name@example.com", "user@example.org", "test.user@example.net",
                                         "someone@example.com", "jane.doe@example.com", "you@example.com"]),
        "test_phone": lambda: test_phone(v, loc),
        "card_last4": lambda: v.d(4),
        "card_expiry": lambda: "%02d/%02d" % (v.r.randint(1, 12), v.r.randint(25, 31)),
        "house_no": lambda: str(v.r.randint(2, 90)),
    }
    if kind not in g:
        raise KeyError("no generator for decoy kind %r" % kind)
    return g[kind]()


LISTS = {
    "PLACEHOLDER_NAMES": ["{{first_name}}", "[Name]", "<NAME>", "%FIRSTNAME%", "{first_name}", "Customer Name",
                          "[[contact.firstname]]"],
    "PLACEHOLDER_KEYS": ["<YOUR_API_KEY>", "YOUR_API_KEY_HERE", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "${STRIPE_SECRET_KEY}",
                         "{{ api_key }}", "REPLACE_ME", "<token>"],
}


# --------------------------------------------------------------------------------------------------------------
# Document construction: text is appended piece by piece; each span / decoy is recorded as it is written.
# --------------------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts, self.c, self.b = [], 0, 0
        self.spans, self.decoys = [], []

    def add(self, s):
        if s:
            self.parts.append(s)
            self.c += len(s)
            self.b += len(s.encode("utf-8"))

    def _rec(self, lst, key, label, s):
        assert s, (key, label)
        lst.append({"start": self.b, "end": self.b + len(s.encode("utf-8")), "char_start": self.c,
                    "char_end": self.c + len(s), key: label, "value": s})
        self.add(s)

    def span(self, t, s):
        assert t in PII or t in SECRET, t
        self._rec(self.spans, "type", t, s)

    def decoy(self, k, s):
        self._rec(self.decoys, "kind", k, s)

    def finish(self, did, kind, loc, lang, frame_id, expect):
        text = "".join(self.parts)
        tb = text.encode("utf-8")
        assert len(text) == self.c and len(tb) == self.b
        for rec in self.spans + self.decoys:
            assert tb[rec["start"]:rec["end"]].decode("utf-8") == rec["value"], (did, rec)
            assert text[rec["char_start"]:rec["char_end"]] == rec["value"], (did, rec)
        for s in self.spans:
            val = s["value"]
            assert val == val.strip(), (did, s)
            assert val[-1] not in ".,;:'\"" and val[0] not in ".,;:'\"", (did, s)
            assert val.count("(") == val.count(")"), (did, s)
        allr = sorted([(s["start"], s["end"]) for s in self.spans] + [(d["start"], d["end"]) for d in self.decoys])
        for a, b in zip(allr, allr[1:]):
            assert a[1] <= b[0], (did, a, b, text)
        has_pii = any(s["type"] in PII for s in self.spans)
        has_secret = any(s["type"] in SECRET for s in self.spans)
        sens = "secret" if has_secret else ("personal" if has_pii else "public")
        assert sens == expect, (did, frame_id, sens, expect, text)
        assert len(text) <= 700, (did, len(text))
        return {"id": did, "text": text, "spans": self.spans, "decoys": self.decoys, "kind": kind, "locale": loc,
                "lang": lang, "sensitivity": sens, "has_pii": has_pii, "has_secret": has_secret, "frame": frame_id}


PERSON_SLOTS = {"P", "FN", "SN", "PL", "FNL", "PU", "FNU", "SNU", "PR", "PRU", "PSF", "PSFU", "PI", "E", "EW", "EP",
                "UN", "WG", "WGP", "WS", "WSP", "PX"}
VALUE_SLOTS = {"PH": "PHONE_NUMBER", "PHM": "PHONE_NUMBER", "PHX": "PHONE_NUMBER", "A": "STREET_ADDRESS",
               "AB": "STREET_ADDRESS", "DOB": "DATE_OF_BIRTH", "DOBI": "DATE_OF_BIRTH", "CC": "CREDIT_CARD",
               "SSN": "US_SSN", "IBAN": "IBAN_CODE", "NHS": "UK_NHS", "IP": "IP_ADDRESS", "IPV": "IP_ADDRESS",
               "AWS": "AWS_ACCESS_KEY", "AWSS": "AWS_SECRET_KEY", "GH": "GITHUB_TOKEN", "OAI": "OPENAI_API_KEY",
               "ANT": "ANTHROPIC_API_KEY", "SLK": "SLACK_TOKEN", "STR": "STRIPE_KEY", "JWT": "JWT",
               "PK": "PRIVATE_KEY", "PW": "PASSWORD", "GEN": "GENERIC_API_KEY"}
SLOT_RE = re.compile(r"\{([~?][^{}]*|[A-Z][A-Z0-9]*(?::[a-z0-9_]+)?(?:@[a-z]+)?)\}")
NAME_RE = re.compile(r"^([A-Z]+?)(\d*)(?::([a-z0-9_]+))?(?:@([a-z]+))?$")
PARTICLE_FREE = {"", "van", "der", "den", "de", "la", "le", "du", "da", "bin", "binti", "al", "el", "ap", "ab", "ni",
                 "o", "mac", "te", "von", "zu", "di", "dela", "ben", "abu", "ait", "janse", "d"}


class Ctx:
    def __init__(self, rng, loc, lang, kind):
        self.r, self.v, self.loc, self.lang, self.kind = rng, V(rng), loc, lang, kind
        self.people, self.used, self.emails = {}, set(), {}

    def _draw(self, mode):
        r = self.r
        for _ in range(2000):
            if mode in ("wgiven", "wsurname"):
                grp = r.choice(WORD_HOST)
            elif r.random() < (0.5 if mode == "particle" else 0.75):
                grp = wchoice(r, LOCALE_GROUPS[self.loc])
            else:
                grp = r.choice(sorted(GROUPS))
            gs, ss = GROUPS[grp]
            given, sur = r.choice(gs), r.choice(ss)
            if grp in DOUBLE_SURNAME and mode != "wsurname" and r.random() < DOUBLE_SURNAME[grp]:
                s2 = r.choice(ss)
                if s2 != sur and " " not in s2 and " " not in sur:
                    sur = "%s %s" % (sur, s2)
            if grp in ("english", "american") and mode == "normal" and r.random() < 0.15:
                if r.random() < 0.5:
                    given = r.choice(WORD_GIVEN)
                else:
                    sur = r.choice(WORD_SURNAME)
            if mode == "wgiven":
                given = r.choice(WORD_GIVEN)
            if mode == "wsurname":
                sur = r.choice(WORD_SURNAME)
            if mode == "particle" and not (" " in sur or "-" in sur or "'" in sur or "-" in given):
                continue
            if self.kind == "sql_insert" and "'" in given + sur:
                continue
            sf = grp in SF_P and r.random() < SF_P[grp] and (grp != "cantonese" or " " in given)
            p = Person(given, sur, grp, sf)
            toks = set(alpha(t) for t in re.split(r"[\s\-']+", given + " " + sur)) - PARTICLE_FREE
            if toks & self.used:
                continue
            self.used |= toks
            return p
        raise RuntimeError("could not draw a person")

    def person(self, idx, mode):
        if idx not in self.people:
            self.people[idx] = self._draw(mode)
        return self.people[idx]

    def email(self, idx, work=None):
        key = (idx, work)
        if key not in self.emails:
            self.emails[key] = email_for(self.v, self.person(idx, "normal"), self.loc, work)
        return self.emails[key]


def person_value(name, p):
    if name in ("P", "WGP", "WSP", "PX"):
        return p.full()
    if name in ("FN", "WG"):
        return p.given
    if name in ("SN", "WS"):
        return p.surname
    return {"PL": lambda: p.full().lower(), "FNL": lambda: p.given.lower(), "PU": lambda: p.full().upper(),
            "FNU": lambda: p.given.upper(), "SNU": lambda: p.surname.upper(),
            "PR": lambda: "%s, %s" % (p.surname, p.given), "PRU": lambda: "%s, %s" % (p.surname.upper(), p.given.upper()),
            "PSF": lambda: "%s %s" % (p.surname, p.given), "PSFU": lambda: "%s %s" % (p.surname.upper(), p.given),
            "PI": lambda: "%s. %s" % (p.given[0], p.surname), "UN": lambda: alpha(p.given.split()[0])}[name]()


def value_slot(ctx, name, arg, loc):
    v, lang = ctx.v, ctx.lang
    f = {"PH": lambda: PHONES[loc](v, "a"), "PHM": lambda: PHONES[loc](v, "m"), "PHX": lambda: PHONES[loc](v, "x"),
         "A": lambda: address_line(v, loc), "AB": lambda: address_block(v, loc), "DOB": lambda: dob(v, loc, lang),
         "DOBI": lambda: dob_iso(v), "CC": lambda: card(v), "SSN": lambda: ssn(v), "IBAN": lambda: iban(v, loc),
         "NHS": lambda: nhs(v), "IP": lambda: ipv4(v), "IPV": lambda: ipv6(v), "AWS": lambda: aws_id(v),
         "AWSS": lambda: aws_secret(v), "GH": lambda: gh_token(v), "OAI": lambda: openai_key(v),
         "ANT": lambda: anthropic_key(v), "SLK": lambda: slack_token(v), "STR": lambda: stripe_key(v),
         "JWT": lambda: jwt(v), "PK": lambda: ssh_ed25519(v) if arg == "ssh" else pem_ec(v),
         "PW": lambda: password(v, safe=(arg == "url")), "GEN": lambda: generic_key(v, arg)}
    return f[name]()


def render(frame, rng, did, loc):
    ctx = Ctx(rng, loc, frame["lang"], frame["kind"])
    doc = Doc()
    text = frame["text"]
    pos = 0
    for m in SLOT_RE.finditer(text):
        doc.add(text[pos:m.start()])
        pos = m.end()
        body = m.group(1)
        if body[0] == "?":
            doc.add(rng.choice(body[1:].split("|")))
            continue
        if body[0] == "~":
            body = body[1:]
            if "=" in body:
                kind, vals = body.split("=", 1)
                doc.decoy(kind, rng.choice(vals.split("|")))
            elif "@" in body:
                kind, lst = body.split("@", 1)
                doc.decoy(kind, rng.choice(LISTS[lst]))
            else:
                doc.decoy(body, decoy_gen(body, ctx.v, loc, frame["lang"]))
            continue
        mm = NAME_RE.match(body)
        assert mm, (frame["id"], body)
        name, idx, arg, lo = mm.group(1), int(mm.group(2) or 1), mm.group(3), mm.group(4)
        if name in ("E", "EW", "EP"):
            doc.span("EMAIL_ADDRESS", ctx.email(idx, {"E": None, "EW": True, "EP": False}[name]))
        elif name in PERSON_SLOTS:
            mode = {"WG": "wgiven", "WGP": "wgiven", "WS": "wsurname", "WSP": "wsurname", "PX": "particle"}.get(name, "normal")
            doc.span("PERSON", person_value(name, ctx.person(idx, mode)))
        elif name in VALUE_SLOTS:
            doc.span(VALUE_SLOTS[name], value_slot(ctx, name, arg, lo or loc))
        else:
            raise KeyError("unknown slot %r in %s" % (body, frame["id"]))
    doc.add(text[pos:])
    return doc.finish(did, frame["kind"], loc, frame["lang"], frame["id"], frame["cat"])


# --------------------------------------------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------------------------------------------
EN_LOCALES = {"us": 22, "uk": 18, "ca": 7, "au": 8, "ie": 6, "in": 9, "za": 4, "ng": 4, "ke": 3, "sg": 4, "ph": 3,
              "jp": 1.5, "kr": 1.5, "cn": 1.5, "de": 1.5, "fr": 1, "nl": 1.5, "se": 1, "es": 0.5, "it": 0.5,
              "mx": 0.5, "br": 0.5, "pl": 0.5, "pt": 0.3}
EU_LOCALES = {"uk": 5, "ie": 3, "de": 2, "fr": 1.5, "nl": 1.5, "es": 1, "it": 1, "pt": 0.5, "pl": 0.5, "se": 0.5}
LANG_LOCALES = {"de": {"de": 1}, "fr": {"fr": 1}, "es": {"es": 0.7, "mx": 0.3}, "it": {"it": 1}, "nl": {"nl": 1},
                "pt": {"pt": 0.5, "br": 0.5}, "pl": {"pl": 1}, "sv": {"se": 1}}
CAT3 = {"personal": "per", "secret": "sec", "public": "pub"}
CATS = {"per": "personal", "sec": "secret", "pub": "public"}


def locale_weights(spec, lang):
    if spec == "*":
        return EN_LOCALES if lang == "en" else LANG_LOCALES[lang]
    if spec == "EU":
        return EU_LOCALES
    base = EN_LOCALES if lang == "en" else {}
    return {l: base.get(l, 1) for l in spec.split(",")}


def parse_frames(src):
    frames, counters = [], collections.Counter()
    cat = kind = lang = spec = None
    for raw in src.split("\n"):
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if re.match(r"^@(per|sec|pub) ", line):
            c, kind, lang, spec = line[1:].split()
            cat = CATS[c]
            continue
        lspec = spec
        m = re.match(r"^\[([A-Za-z,]+)\]\s*", line)
        if m:
            lspec = m.group(1)
            line = line[m.end():]
        key = (cat, kind, lang)
        counters[key] += 1
        fid = "%s-%s-%s%03d" % (CAT3[cat], kind, "" if lang == "en" else lang + "-", counters[key])
        text = line.replace("\\n", "\n").replace("\\t", "\t")
        frames.append({"id": fid, "cat": cat, "kind": kind, "lang": lang, "locales": locale_weights(lspec, lang),
                       "text": text})
    ids = [f["id"] for f in frames]
    assert len(ids) == len(set(ids))
    texts = [f["text"] for f in frames]
    assert len(texts) == len(set(texts)), [t for t in texts if texts.count(t) > 1]
    return frames


# Frame syntax: "@cat kind lang locales" starts a section; one frame per line; "[us,uk]" or "[EU]" at the start of
# a line overrides the section's locales. Slots: {P} full name, {FN} given, {SN} surname, {PL}/{FNL} lower case,
# {PU}/{FNU}/{SNU} upper case, {PR} "Surname, Given", {PSF} surname first, {PI} initial + surname, {UN} login
# (lower-case given name), {WG}/{WGP} person with a word-like given name, {WS}/{WSP} word-like surname, {PX} a
# person whose name has a particle, hyphen or apostrophe, {E}/{EW}/{EP} that person's e-mail; a digit picks the
# person ({FN2}). {PH} phone, {PHM} mobile, {PHX} with extension, {A} address on one line, {AB} as a block, {DOB}
# date of birth (only behind a birth cue), {DOBI} ISO date of birth, {CC} {SSN} {IBAN} {NHS} {IP} {IPV}; secrets
# {AWS} {AWSS} {GH} {OAI} {ANT} {SLK} {STR} {JWT} {PK:ec|ssh} {PW[:url]} {GEN[:kind]}. {~kind} a generated decoy,
# {~kind=a|b} a decoy picked from the list, {~kind@LIST}; {?a|b} plain text alternatives.
FRAMES_SRC = r"""
@per email en *
Hi {FN},\nThanks for turning the contract around so quickly. I've copied {P2} so the kickoff can be booked.\nBest, {FN3}
Dear Mr {SN}, your review has moved to {~event_date} at {~time}. If that no longer suits, reply here or call me directly.\n{P2}, direct line {PHX}
{P} <{E}> wrote:\n> can we push the review to Thursday? my flight lands late
Please reply to {E} rather than my old address, which I no longer check. Thanks, {FN}
From: {P}\nSent: {~event_date} {~time}\nSubject: RE: lease\nSigned copy for {A} attached.
Kind regards,\n{P}\nSenior Buyer, Halden Marine Supplies\nM: {PHM}\n{EW}
Hi all, {P} joins us on Monday as payroll lead, so please say hello when you see them.
Forwarding {FN}'s note below: the invoice went to the previous address at {A}.
Quick one: did {P} ever send over the revised floor plan, or should I chase?
Thanks {FN}, and congratulations to you and {P2} on the new baby!
Subject: Reference for {P}\nI managed {FN} for three years and recommend them without reservation.
From: {P} <{E}>\nTo: {~org_email}\nSubject: refund still missing
Apologies for the delay, {FN}. I've asked {P2} in finance to release the payment today.
Dear {P},\nWe are pleased to confirm your place on the spring intake. Your student number is {~student_id}.
Cc'ing {P}, who looks after the northern accounts now that {P2} has moved to {~place=Leeds|Denver|Perth|Calgary}.
I'm out until the 14th. For anything urgent contact {P} on {PH} or {E}.
[EU] Hi {FN}, my new bank details for the rent are below.\nIBAN: {IBAN}\nThanks, {FN2}
Best wishes to {P}, who retires this Friday after 31 years with the council.
Sent from my iPhone\n\n{FN}\n{PHM}
[us,ca,uk,au] Please charge {CC} for the deposit; the booking is under {P}.
{WSP} signed off the budget this morning, so we can go ahead.

@per chat en *
can someone loop in {P}? they know the billing system better than any of us
{P} approved the refund, you can close the ticket
{FN} is covering for me tomorrow, ping them if the courier shows up
ok so {P} and {P2} are both out, who's running standup?
thanks {FNL}! that fixed it 🙌
has anyone heard back from {P} about the {~place=Lisbon|Porto|Kraków} trip?
Just spoke to {FN}, the client wants the deck by {~time}.
{~name_word=Will} {P} join the client dinner on Thursday?
shout out to {P} for staying late to get the release out 🎉
can u send me {FN}'s mobile? all I have is an old one, {PH}
@here {P} is our new intern, say hi 👋
Check with {WG} before you book the venue, it's their event.
the laptop for {P} is ready at the service desk
{P} says the hotel in {~place=Victoria|Hamilton|Wellington|Kingston} is fully booked, so we're looking at Airbnbs
lunch w/ {FN} and {FN2} at 1?
{PI} needs admin on the staging box, can you sort?
fyi {P} leaves end of month, last day is the 28th
who is {P}? just got an email from {E} asking for the quarterly numbers
Loop in {PX} before we send anything to legal.
{FN2}: has {P} seen the mock-ups yet?\n{FN3}: not yet, sending now
[us] {FN} says the SSN on the lease should be {SSN}, can you fix it?
Whitelist {IP} for {FN}, working from home this week.
{WG} from accounts says the invoice is fine.

@per texting en *
omw! tell {FNL} to save me a seat 😅
hey its {FNL}, new number lol
did u get {FNL}'s msg?? stuck at the station apparently
happy bday {FNL}!!! 🎂🎂 love u
can u pick up {FNL} from practice at 6, im still at work
my new addy is {A} pls update ur contacts x
tell {FNL} i said thx for the lasagna 😋
ugh {FNL} is late again, we'll order w/o them
call me back on {PHM} my old phone died
{FNL} and {FNL2} r coming too if thats ok
srry cant make it, {FNL}'s sick 🤒
whos {PL}?? keeps liking all my posts lmao
its {FNL} from the gym, heres my number {PHM}
thanks {FNL} ❤️ see u sat
[uk] {FNL}'s nhs number is {NHS} if the pharmacy asks
[us,uk,ca,au,ie,sg] card is {CC} exp {~card_expiry}, name on it is {PL}
tell {WG} ill be 10 min late 🙏

@per support_ticket en *
[us,ca,uk,au,ie] Ticket {~ticket_id}: customer {P} reports a double charge on card {CC}.
Hi, my name is {P} and I can't log in since the update. The account email is {E}.
Customer called from {PH} asking why the engineer never turned up at {A}.
Please update the delivery address for {P} to {A}.
Caller {P} (DOB {DOB}) asked for a copy of their records.
[EU] {P} wants to cancel. Refund to IBAN {IBAN}, the card has been closed.
Escalated by {P}: the router at {A} keeps dropping every evening.
Agent note: spoke to {FN}, who confirmed the last four digits ({~card_last4}) and the billing postcode.
Hello, I'm writing on behalf of my father, {P}, who was charged twice for order {~order_id}.
Reopened: {P} says the replacement handset fails too. Best contact {PH} after 5pm.
User {P} was locked out after 5 failed attempts from {IP}.
Hi support, I've moved. New address: {A}. Name on the account is {P}.
{P} from Tidewell Bakery rang twice about the missing pallets.
Priority: high | Requester: {P} | Summary: cannot reset password, no access to {E}
Hi {FN}, we noticed a sign-in from {IPV} on your account. Was that you?

@per crm_note en *
Met {P} at the {~place=Harrogate|Birmingham|Sacramento} trade fair; interested in the 200-seat licence.
Follow up with {P} ({PH}) next Tuesday re renewal.
{P} prefers WhatsApp over email. Decision maker is {P2}.
Lead owner changed from {P} to {P2}.
Called {FN}: no answer, left voicemail. Try again after the 15th.
Account: Larkspur Dental. Contact: {P}, practice manager. Direct: {PHX}.
{P} mentioned a daughter starting university in September, send a card.
Notes: {PU} asked for invoices to go to {E} from now on.
Warm intro from {P}, who used to work with {P2} at Corvane.
Do not call {P} before 10am, works nights.
Mailing address for {P}:\n{AB}

@per hr_record en *
Employee: {P} | Start date: {~event_date} | Manager: {P2}
{P} has requested parental leave from {~event_date} for 26 weeks.
Emergency contact for {P}: {P2} (spouse), {PHM}.
[EU] Payroll change: {P}, new account {IBAN}, effective next run.
Name: {P}\nDate of birth: {DOB}\nStart: {~event_date}
Exit interview with {P} held; reasons given: relocation and commute.
Probation review for {P} signed off by {P2} on {~event_date}.
[us] The SSN on file for {P} is {SSN}, please correct the W-2.
{PR}: promoted to Team Lead, salary band C3.
[uk] Right-to-work check completed for {P}, born {DOB}, passport seen.
[us] Tax form for {P}: SSN {SSN}, filing status single.

@per medical_note en *
Patient {P}, DOB {DOB}, seen for follow-up of a sprained ankle.
{P} called to rebook physio to {~event_date}.
[uk] NHS number {NHS}, {P}, referred to dermatology.
Reminder: {P} is allergic to penicillin.
Appointment for {P} with Dr {SN2} on {~event_date} at {~time}.
Prescription for {P} is ready; they asked for delivery to {A}.
Vaccination record: {P}, born {DOB}, second dose given.
Mrs {SN} rang about her husband's test results; told her Dr {SN2} will call back.
Next of kin for {P}: {P2}, mobile {PHM}.
[uk] {P} ({NHS}) did not attend the {~time=9:40|11:15|14:20} clinic.
[uk] Can you check {NHS} on the spine? It's for {P}.
Dr {WS} will see you now, room 3.

@per legal_letter en *
Re: {P} v Harbury Lettings Ltd. We act for the claimant and enclose the particulars of claim.
We are instructed by {P} of {A} in connection with the boundary dispute.
Dear Ms {SN}, further to our letter of {~event_date}, we have not yet received the deposit.
Our client, {P}, born {DOB}, is the sole beneficiary under the will.
[uk,ie] Without prejudice: {P} is willing to accept {~amount} in full and final settlement.
The tenancy at {A} was granted to {P} and {P2} jointly.
Please direct all correspondence regarding {P} to the undersigned, {P2}, at {E2}.
Witness statement of {P}, {A}, dated {~event_date}.
{P}\n{AB}\n\nDear {FN}, thank you for your letter of {~event_date}.

@per shipping_notice en *
Your parcel for {P} is out for delivery to {A}. Tracking {~tracking_no}.
Delivery attempted at {A}; parcel left with {FN2} next door (house {~house_no}).
Deliver to:\n{P}\n{AB}\nContact: {PH}
Order {~order_id} dispatched to {P}. Estimated arrival {~event_date}.
Driver note: {P} asked us to use the side gate.
Collection point: {P} will pick up on behalf of {P2}.
Recipient {PU}, {A}, signed for 2 boxes.
Customs hold: recipient {P}, phone {PH}. Please provide ID.

@per forum_post en *
Has anyone used {P} as a plasterer in {~place=Didsbury|Leith|Ponsonby|Brooklyn}? Got a quote and not sure.
Shoutout to {P} at the Elm Road vet, saved our cat's life.
My neighbour {P} at {A} keeps parking across my drive, what are my options?
Edit: {FN} messaged me and we sorted it, thanks all.
Looking for {P}, we were at school together in the 90s before the move to {~place=Adelaide|Halifax|Kingston|Durban}.
Recommended: {P} ({PH}) did our bathroom, tidy and on time.
RIP {P}, coach of the under-12s for twenty years. You'll be missed.
Thanks to {P} and {P2} for organising Sunday's litter pick!

@per meeting_notes en *
Attendees: {P}, {P2}, {P3}\nApologies: {P4}
Action: {FN} to send the revised budget by Friday.
{P} presented the Q3 numbers; {P2} raised the churn issue.
Decision: {P} becomes owner of the vendor review.
AOB: {P}'s farewell drinks on the 20th.
Minutes taken by {P}. Next meeting {~event_date}.
{FN} will check with {P2} whether the venue can take 40.
Actions:\n- {P}: draft RFP\n- {P2}: legal review\n- {P3}: book room
Catch-up with {WGP} and {WSP2} moved to Friday.

@per llm_request en *
Give me a two-line summary of {P}'s complaint: the engineer missed three appointments and nobody called back.
Rewrite this in a formal tone: "hey {FN}, we need the signed form back asap"
Draft a thank-you note to {P} for hosting our team in {~place=Porto|Dublin|Auckland}.
Can you translate this into Spanish? "{P} will collect the keys from {A} at noon."
Pull the contact details out of this: "Call {P} on {PH} or write to {E}."
Please summarise: {P} agreed to cover the night shifts while {P2} is on leave.
[EU] Check whether this IBAN looks right before I pay {P}: {IBAN}
Write a LinkedIn recommendation for {P}, my project manager for two years.
rewrite this so it sounds less angry: {FNL} you promised the refund last week
Turn these notes into an email to {P}: deadline moved, budget approved, signature needed.
Make a table from this: name {P}, born {DOB}, mobile {PH}
What's a good birthday message for my colleague {P}, who turns 40 on Friday?
Proofread: "Our customer {P} (account {E}) has asked for their data to be deleted."
Help me reply to {P}, who says the parcel sent to {A} never arrived.
[us,ca,uk,au] Classify this ticket: "{P} here, my card {CC} was charged twice"
Summarise for the handover: patient {P}, born {DOB}, stable overnight.

@per log_line en *
{~syslog_ts} bastion-2 sshd[{~pid}]: Accepted publickey for {UN} from {IP} port {~port} ssh2
{IP} - - [{~clf_ts}] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
{~timestamp} INFO  user.update id={~num} name="{P}" email={E}
{~timestamp} WARN  login failed for {E} from {IP}
[{~timestamp}] payment.captured customer="{P}" amount={~amount}
{~timestamp} audit: {P} exported 1,204 rows from crm.contacts
{~timestamp} ERROR mailer: bounce for {E} (550 mailbox unavailable)
{~syslog_ts} web-01 sshd[{~pid}]: Failed password for {UN} from {IPV} port {~port} ssh2
{~timestamp} NOTICE new device sign-in for {E} from {IP} (Chrome on macOS)

@per csv_row en *
name,email,phone\n{P},{E},{PH}
first_name\tlast_name\tdob\n{FN}\t{SN}\t{DOB}
customer,address,phone\n"{PR}","{A}",{PH}
[EU] id;name;iban\n{~num};{P};{IBAN}
[us] employee_id,full_name,ssn\n{~emp_id},{P},{SSN}
Guest,Plus one,Dietary\n{P},{P2},vegetarian

@per json_yaml en *
{"customer": {"name": "{P}", "email": "{E}"}, "status": "active"}
contact:\n  name: {P}\n  phone: "{PH}"
{"user_id": {~num}, "display_name": "{P}", "last_ip": "{IP}"}
owner: {P}\nreviewers:\n  - {P2}\n  - {P3}
{"patient": "{P}", "dob": "{DOBI}", "ward": "B4"}
[us,uk,ca,au] billing:\n  holder: {P}\n  card: "{CC}"\n  expiry: "{~card_expiry}"
{"assignee": "{FN}", "title": "Fix CSV export", "priority": 2}

@per sql_insert en *
INSERT INTO customers (name, email) VALUES ('{P}', '{E}');
INSERT INTO staff (id, first_name, last_name, date_of_birth) VALUES ({~num}, '{FN}', '{SN}', '{DOBI}');
UPDATE users SET phone = '{PH}' WHERE email = '{E}';
[EU] INSERT INTO payouts (payee, iban) VALUES ('{P}', '{IBAN}');

@per form_field en *
Full name: {P}\nEmail: {E}\nPhone: {PH}
SURNAME: {SNU}   FIRST NAME: {FNU}   DATE OF BIRTH: {DOB}
Name: {P} | Mobile: {PHM} | Address: {A}
[us] Applicant: {P}; Social Security No.: {SSN}; DOB: {DOB}
[us,ca,uk,au] Cardholder name: {PU}\nCard number: {CC}\nExpiry: {~card_expiry}
Emergency contact ........ {P}\nRelationship ........ sister\nTelephone ........ {PH}
Billing address: {A}
[uk] Patient name: {P}    NHS no: {NHS}
Your name* {P}\nYour message* Hi, I'd like a callback about the loft conversion.

@per heading en *
Welcome Aboard, {P}!
Celebrating The Life Of {P}
Happy Retirement {PU}
Congratulations {P} And {P2}
Q3 Sales Award: {P}
Farewell Lunch For {P}: Friday {~time=1pm|12:30}

@per bullet_list en *
Shortlist for the role:\n- {P}\n- {P2}\n- {P3}
Volunteers this week:\n• {FN} (Mon)\n• {FN2} (Wed)\n• {FN3} (Fri)
1. Call {P} re quote\n2. Email {E2}\n3. Book the van
* {P}: {PH}\n* {P2}: {PH}
Seating plan:\n- Table 1: {P}, {P2}\n- Table 2: {P3}, {P4}
Who's bringing what:\n- {FNL}: salad\n- {FNL2}: drinks\n- me: cake

@per notes en *
{P} signed for it.
{P} is in room {~room}.
Ring {P} back when you get a minute.
{PSF} checked in at {~time}.
Passed to {P} for sign-off.
{P}'s team won the quiz again.
{WGP} has been shortlisted for the {~place=Glasgow|Boston|Brisbane} role.
Mrs {WS} phoned about the bins again.
{WG} will chair Thursday's call.
Mr {WS} has arrived for the 3 o'clock interview.
{WSP} won the raffle, the hamper is under the desk.

# ---- personal, other languages ----
@per email de *
Hallo {FN}, kannst du bitte {P2} wegen der Rechnung anrufen? Die Nummer ist {PH}.
@per chat de *
{P} hat die Erstattung freigegeben, du kannst das Ticket schließen.
@per form_field de *
Name: {P}\nGeburtsdatum: {DOB}\nAnschrift: {A}
@per hr_record de *
Bitte überweisen Sie das Gehalt von {P} ab dem nächsten Monat auf {IBAN}.
@per medical_note de *
Frau {SN} hat den Termin bei Dr. {SN2} auf den {~event_date} verschoben.
@per texting de *
bin gleich da, sag {FNL} bescheid 😊

@per email fr *
Bonjour {FN}, je mets en copie {P2}, qui reprend le dossier à partir de lundi.
@per chat fr *
{P} a validé le devis ce matin, on peut lancer la commande.
@per form_field fr *
Nom : {P}\nNé(e) le : {DOB}\nTél. : {PH}
@per email fr *
Merci d'envoyer la facture à {E}, c'est ma nouvelle adresse.
@per medical_note fr *
Mme {SN} a appelé pour décaler le rendez-vous du {~event_date}.
@per shipping_notice fr *
Livraison prévue chez {P}, {A}, à partir de {~time}.

@per email es *
Hola {FN}, ¿puedes avisar a {P2} de que la reunión se ha movido al jueves?
@per chat es *
{P} ya firmó el contrato, falta enviarle la copia a {P2}.
@per form_field es *
Nombre: {P}\nFecha de nacimiento: {DOB}\nTeléfono: {PH}
@per support_ticket es es
La señora {SN} pide que le devolvamos el importe a la cuenta {IBAN}.
@per texting es *
jajaja dile a {FNL} que ya voy 🏃‍♀️

@per email it *
Ciao {FN}, ti giro il contatto di {P2}: {PH}.
@per chat it *
{P} ha approvato il rimborso, puoi chiudere la pratica.
@per form_field it *
Nome e cognome: {P}\nData di nascita: {DOB}\nIndirizzo: {A}
@per medical_note it *
Gentile dott.ssa {SN}, le confermo l'appuntamento del {~event_date}.
@per shipping_notice it *
Il pacco per {P} è stato lasciato in portineria.

@per email nl *
Hoi {FN}, kun je {P2} even bellen over de offerte? Het nummer is {PH}.
@per chat nl *
{P} heeft de factuur goedgekeurd.
@per form_field nl *
Naam: {P}\nGeboortedatum: {DOB}\nIBAN: {IBAN}
@per medical_note nl *
Mevrouw {SN} heeft gebeld over de afspraak van {~event_date}.
@per shipping_notice nl *
Pakket afgeleverd bij de buren van {P}, {A}.

@per email pt pt
Olá {FN}, podes reencaminhar isto para {P2}? Obrigado.
@per chat pt *
{P} aprovou o orçamento hoje de manhã.
@per form_field pt pt
Nome: {P}\nData de nascimento: {DOB}\nMorada: {A}
@per form_field pt br
Nome completo: {P}\nNascimento: {DOB}\nEndereço: {A}
@per texting pt br
oi {FNL}, me passa o zap de {FN2}? é {PHM} né?
@per support_ticket pt br
Cliente {P} pediu estorno no cartão {CC}.

@per email pl *
Cześć {FN}, {P2} też będzie na spotkaniu w czwartek, dodasz do zaproszenia?
@per chat pl *
Zwrot zatwierdzony, osoba zatwierdzająca: {P}. Można zamknąć zgłoszenie.
@per form_field pl *
Imię i nazwisko: {P}\nData urodzenia: {DOB}\nTelefon: {PH}
@per hr_record pl *
Proszę przelać kaucję na konto {IBAN}, odbiorca: {P}.
@per medical_note pl *
Pani {SN} dzwoniła w sprawie wizyty {~event_date}.

@per email sv *
Hej {FN}! Kan du lägga till {P2} i mejltråden?
@per chat sv *
{P} har godkänt återbetalningen.
@per form_field sv *
Namn: {P}\nFödelsedatum: {DOB}\nAdress: {A}
@per crm_note sv *
Ring {P} på {PH} efter lunch.
@per shipping_notice sv *
Paketet till {P} finns att hämta hos ombudet.

# ---- secret ----
@sec chat en *
here's the staging key, don't share it: {AWS}
can you check why this token fails? {GH}
the mailer bot uses {SLK}, rotate it after the demo
Stripe live key for the shop is {STR}, keep it out of git please
login for the router: admin / {PW}
Hi {FN}, the new vault password is {PW}, I'll reset it Monday.
{P} pushed {AWS} to the public repo, revoke it now
Rotate this ASAP, it was pasted in #general: {ANT}
the sendgrid key is {GEN:sg} if you need to test the mailer

@sec config_file en *
aws_access_key_id = {AWS}\naws_secret_access_key = {AWSS}
OPENAI_API_KEY={OAI}
SLACK_BOT_TOKEN={SLK}
DATABASE_URL=postgres://app:{PW:url}@db.internal:5432/orders
db:\n  user: reporting\n  password: {PW}
GOOGLE_MAPS_KEY={GEN:aiza}
ANTHROPIC_API_KEY={ANT}
//registry.npmjs.org/:_authToken={GEN:npm}
STRIPE_SECRET_KEY={STR}
stripe.api_key = "{STR}"

@sec shell en *
export GITHUB_TOKEN={GH}
curl https://api.stripe.com/v1/charges -u {STR}:
mysql -u root -p{PW:url} -h {~loopback_ip=127.0.0.1} shop
git remote set-url origin https://{GH}@github.com/halden/infra.git
docker login -u ci-bot -p {PW:url} registry.halden.dev
export AWS_SECRET_ACCESS_KEY={AWSS}

@sec log_line en *
Authorization: Bearer {JWT}
[{~timestamp}] DEBUG http.client: headers={'X-Api-Key': '{GEN}'}
[{~timestamp}] auth: issued token {JWT} for user {~num}

@sec llm_request en *
Why does my request return 401? I'm sending {OAI} in the Authorization header.
can you decode this jwt for me {JWT}
Is this key still valid? {GEN:hf}

@sec texting en *
wifi password is {PW} btw

@sec email en *
Your temporary password is {PW}. Please change it after your first login.
Use token {SLK} for the #alerts integration.

@sec support_ticket en *
Customer pasted their API key into the ticket, please scrub it: {OAI}

@sec json_yaml en *
{"api_key": "{GEN}", "region": "eu-west-1"}

@sec key_paste en *
Here's the deploy key, paste it into the CI secret:\n{PK:ec}
id_ed25519 for the backup box:\n{PK:ssh}

@sec chat de *
Das WLAN-Passwort ist {PW}, bitte nicht weitergeben.
@sec chat fr *
Le mot de passe du serveur est {PW}, je le change lundi.
@sec chat es *
La clave de AWS es {AWS}, no la subas al repo.
@sec chat it *
Ecco il token di GitHub per la pipeline: {GH}
@sec email nl *
Het wachtwoord voor de gedeelde mailbox is {PW}.
@sec chat pt *
Segue a chave da API do mapa: {GEN:aiza}
@sec chat pl *
Hasło do panelu: {PW}, zmień je po zalogowaniu.
@sec chat sv *
Här är Slack-token för boten: {SLK}

# ---- public ----
@pub general_knowledge en *
Was it {~public_figure=Michelangelo} or {~public_figure=Raphael} who painted The School of Athens?
{~public_figure=Marie Curie|Rosalind Franklin|Ada Lovelace} is on the shortlist for the new banknote.
My essay compares {~public_figure=Virginia Woolf|James Joyce} with {~public_figure=Toni Morrison|Chinua Achebe}.
{~public_figure=Serena Williams|Roger Federer|Rafael Nadal} won more Grand Slam titles than anyone predicted.
When did {~public_figure=Nelson Mandela} become president of South Africa?
"Imagination is more important than knowledge." ({~public_figure=Albert Einstein})
The lecture covers {~public_figure=Isaac Newton}'s laws and {~public_figure=Johannes Kepler}'s orbits.
{~public_figure=Frida Kahlo}'s blue house in Coyoacán is now a museum.
is it true {~public_figure=Abraham Lincoln} was a licensed bartender?
Tonight's documentary follows {~public_figure=David Attenborough} across the Serengeti.
The new biography of {~public_figure=Winston Churchill|Eleanor Roosevelt|Indira Gandhi} runs to 1,100 pages.
{~public_figure=Lionel Messi|Kylian Mbappé|Megan Rapinoe} scored twice in the second half.
Which composer went deaf, {~public_figure=Beethoven} or {~public_figure=Mozart}?
{~public_figure=Greta Thunberg} spoke at the climate summit in {~place=Glasgow}.
We read {~public_figure=Shakespeare}'s sonnets in Year 9.
{~public_figure=Taylor Swift|Beyoncé|Ed Sheeran} added three extra dates at Wembley.
The {~public_figure=Katsushika Hokusai|Yayoi Kusama} exhibition closes in March.
{~public_figure=Wolfgang Amadeus Mozart} was born in Salzburg on {~public_dob=27 January 1756}.
{~public_figure=Martin Luther King Jr.} gave the speech on {~historic_date=28 August 1963}.

@pub places_named en *
Turn left onto {~place=Washington Street|Lincoln Avenue|Victoria Road|Jackson Boulevard} and the car park is on the right.
{~place=Lake Victoria} is the largest lake in Africa.
Our office moved from {~place=Jefferson City} to {~place=Columbus} last spring.
The ferry to {~place=Prince Edward Island} leaves every two hours.
{~place=Mount Everest|Mount Kosciuszko|Mount Cook} was named after a person.
Meet at {~place=Nelson's Column|Albert Dock|Raffles Place} at noon.
Trains to {~place=Darwin|Hamilton|Wellington|Kingston} are delayed due to flooding.
We stayed two nights in {~place=San Francisco|São Paulo|St. Petersburg|San Diego}.
The {~place=George Washington Bridge} is closed to trucks this weekend.
Street party on {~place=Elizabeth Street|Charlotte Street|Jackson Road} this Saturday, bring a chair.
Flights to {~place=Georgetown|Alexandria|Victoria} are cheaper in November.
The {~place=Hudson River|Mackenzie River|Magellan Strait} is named after an explorer.

@pub brands_founders en *
Grab me a {~brand=Baskin-Robbins|Carvel} tub on the way back?
{~brand=McDonald's|Wendy's|Carl's Jr.} is closing the branch near the station.
The {~brand=Ford|Ferrari|Porsche} recall affects 40,000 cars.
Is the {~brand=Dyson|Miele|Bosch} worth the extra {~amount}?
{~brand=Louis Vuitton|Hugo Boss|Calvin Klein} opened a store in the arcade.
My jeans are {~brand=Levi's}, they last forever.
{~brand=Johnson & Johnson|Procter & Gamble} reported higher quarterly sales.
We swapped {~brand=Jack Daniel's|Jim Beam} for a local bourbon at the bar.
{~brand=Boeing|Siemens|Dell} shares fell {~percent} after the announcement.
{~brand=Walt Disney} bought the studio in {~year}.
Anyone tried the new {~brand=Marks & Spencer|Sainsbury's|Trader Joe's} sandwiches?
{~brand=Mercedes-Benz|Chanel|Gucci} is sponsoring the gala.

@pub titles_media en *
Has anyone read the new edition of {~title=David Copperfield|Tess of the d'Urbervilles|Daniel Deronda}?
Watching {~title=Jerry Maguire|Amélie|Erin Brockovich} again tonight 🍿
The book club picked {~title=Eleanor Oliphant Is Completely Fine|Educated|Normal People} for May.
{~title=Harry Potter and the Goblet of Fire} is on sale for {~amount}.
Season 3 of {~title=Ted Lasso|Better Call Saul|Fleabag} drops on Friday.
ISBN {~isbn}: {~title=Emma|Oliver Twist|Rebecca}, paperback.
Our school play this year is {~title=Matilda|Annie|Oliver!}.
Track 4, "{~title=Jolene|Roxanne|Layla}", is the one everyone knows.
{~title=Sherlock Holmes|Madame Bovary|Don Quixote} is out of copyright, so the text is free.

@pub ops_ids en *
Your order {~order_id} has shipped and should arrive by {~event_date}.
Tracking number: {~tracking_no}
Invoice {~invoice_no} is due on {~event_date}; total {~amount}.
Ticket {~ticket_id} closed: printer on floor 3 fixed.
Ref {~booking_ref}, seat {~seat}, gate B22, boarding {~time}.
{~rma} approved, please ship the unit back within 14 days.
{~po_number} raised for 12 replacement chairs.
Case {~case_no} has been escalated to tier 2.
Your verification code is {~otp}. It expires in 10 minutes.
Parcel {~tracking_no} is waiting at the depot, open 8 to 6.
Booking {~booking_ref} confirmed for 2 adults on {~event_date}.
Refund for order {~order_id} processed: {~amount} back to your original payment method.

@pub tech_strings en *
Bumped the SDK from {~version} to {~version}.
Fixed in commit {~git_sha}, will ship in {~version}.
request_id={~uuid} status=200 latency=84ms
sha256 {~sha256}  release.tar.gz
Point the test client at {~doc_ip}, that's the documentation range.
The router's admin page is at {~private_ip}.
Container {~container_id} exited with code 137.
Set NODE_ENV=production and PORT={~port} before starting the server.
Use {~placeholder_key=AKIAIOSFODNN7EXAMPLE} in the docs, never a real key.
Replace {~placeholder_key@PLACEHOLDER_KEYS} with the key from your dashboard.
MAC {~mac} is the printer in room {~room}.
Build {~build} failed on step 4: npm ci.
Addresses in {~doc_ip6} are reserved for documentation.
Test card {~test_card=4111 1111 1111 1111|4242 4242 4242 4242|5555 5555 5555 4444} only works in sandbox mode.
Rename {~code_ident=fetchCustomerRecord()} to {~code_ident=loadProfile()|getAccountHolder()} in the billing service.
The {~code_ident=birth_date|dob_verified|birthdate_utc} column is optional in v2 of the schema.

@pub prices_products en *
The {~product=iPhone 15 Pro|Galaxy S24|Pixel 8} is down to {~amount} this week.
SKU {~sku} is back in stock, 24 units.
Total: {~amount} incl. VAT
Two flat whites and a croissant came to {~amount}.
Model {~model_no} replaces the older {~model_no}.
Free shipping on orders over {~amount}.
Parcel weight {~weight}, dimensions 40 x 30 x 20 cm.
The cable run is {~measure} longer than the plan says.
Mortgage rates rose by {~percent} in the last quarter.

@pub chat en *
can someone restart the build server? it's been stuck since {~time}
standup moved to {~time} tomorrow
lol the coffee machine is broken again ☕
reminder: expenses are due by {~event_date}
the wifi in meeting room {~room} is down again
does anyone have a spare USB-C cable?
{~name_word=Mark} the boxes you've already checked with a tick.
who moved the team meeting to {~time}?? 😩

@pub name_word en *
{~name_word=Will} the new printer be set up by Monday?
{~name_word=Rose} gold is back in fashion this season.
{~name_word=Grace} notes are printed smaller than the main notes.
{~name_word=Young} drivers pay more for their insurance.
{~name_word=Hope} the train isn't cancelled again tonight.
{~name_word=Bill} payments over {~amount} need a second approver.
{~name_word=Chase} down the last three signatures before Friday, please.
{~name_word=Frank} feedback is welcome at Thursday's town hall.
The {~name_word=King} of Hearts is missing from this deck.
{~name_word=Summer} hours start next week: we close at {~time=4pm|3:30pm} on Fridays.
{~name_word=Grant} access to the finance folder has been revoked for contractors.
{~name_word=Joy} of joys, the printer works again.
{~name_word=Miles} driven this month: 1,240.
{~name_word=Iris} scans are now available at the main clinic.

@pub email en *
For billing questions, write to {~org_email} or call {~org_phone}.
Send your CV to {~org_email}, quoting reference {~job_ref}.
Dear Customer, your subscription renews on {~event_date}.
Please do not reply to this message; {~org_email} is not monitored.
Hi team, the office is closed on {~event_date} for the bank holiday.
Use {~example_email} in the docs, not your own address.
Dear {~placeholder_name@PLACEHOLDER_NAMES}, thanks for signing up! Your trial ends on {~event_date}.

@pub log_line en *
{~timestamp} INFO  worker-3 job=nightly-export rows=18234 duration=4.2s
{~private_ip} - - [{~clf_ts}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
{~syslog_ts} bastion-1 sshd[{~pid}]: Accepted publickey for deploy from {~private_ip} port {~port} ssh2
{~timestamp} WARN  cache miss ratio {~percent} on shard 7
{~timestamp} ERROR payment-svc: timeout calling {~doc_ip}:443 after 3000ms
{~timestamp} INFO  user_id={~num} action=login result=ok
{~syslog_ts} ci-runner sshd[{~pid}]: Failed password for invalid user admin from {~doc_ip} port {~port} ssh2

@pub csv_row en *
sku,name,price\n{~sku},Desk lamp,{~amount_plain}
city,country,population\n{~place=Victoria},Canada,{~num}
date,open,close\n{~event_date_iso},{~amount_plain},{~amount_plain}

@pub json_yaml en *
{"order_id": "{~order_id}", "status": "shipped", "eta": "{~event_date_iso}"}
version: "{~version}"\nreplicas: 3\nimage: ghcr.io/halden/api@sha256:{~sha256}
{"title": "{~title=Pride and Prejudice}", "author": "{~public_figure=Jane Austen}", "isbn": "{~isbn}"}
name: billing-service\nowner: team-payments\nport: {~port}

@pub sql_insert en *
INSERT INTO products (sku, name, price) VALUES ('{~sku}', 'Oak shelf', 49.99);
SELECT first_name, last_name FROM users WHERE created_at > '{~event_date_iso}';

@pub llm_request en *
Summarise this article about {~public_figure=Ada Lovelace|Alan Turing}'s work on early computing.
Rewrite this for a product page: "The {~product=Kindle Paperwhite|ThinkPad X1 Carbon|Galaxy Tab S9} is light and fast."
Write a haiku about autumn in {~place=Kyoto|Vermont|Quebec}.
Convert {~amount} to euros at today's rate.
What does HTTP status 418 mean?
Can you explain what a UUID like {~uuid} is used for?
Draft a polite reminder that invoice {~invoice_no} is now overdue.
Summarise the plot of {~title=Pride and Prejudice|Moby-Dick|The Great Gatsby} without spoilers.
Generate 5 fake names for a test fixture, like {~placeholder_name=John Doe|Jane Doe|John Q. Public}.

@pub heading en *
Quarterly Results For {~brand=Morgan Stanley|Thomson Reuters|Johnson Controls}
Release Notes {~version}
Welcome To {~place=Victoria Park|Jefferson Hall|St Patrick's Cathedral}

@pub bullet_list en *
Packing list:\n- passport\n- charger\n- {~product=Kindle|AirPods}
Agenda:\n1. Q3 numbers\n2. Office move to {~place=Washington Square|Elizabeth Quay}\n3. AOB

@pub form_field en *
Name: {~placeholder_name@PLACEHOLDER_NAMES}\nEmail: {~example_email}\nPhone: {~test_phone}
Order ref: {~order_id} | Qty: 2 | Unit price: {~amount}

# ---- public, other languages ----
@pub general_knowledge de *
{~public_figure=Johann Wolfgang von Goethe|Friedrich Schiller} lebte viele Jahre in {~place=Weimar}.
@pub ops_ids de *
Ihre Bestellung {~order_id} wird am {~event_date} geliefert.
@pub form_field de *
Beispiel: {~placeholder_name=Max Mustermann|Erika Mustermann}, {~placeholder_address=Musterstraße 1, 12345 Musterstadt}

@pub places_named fr *
Prenez la {~place=rue Victor-Hugo|avenue Jean-Jaurès|place Charles-de-Gaulle}, puis tournez à droite.
@pub ops_ids fr *
Votre colis {~tracking_no} est disponible en point relais.
@pub general_knowledge fr *
{~public_figure=Marie Curie|Victor Hugo} repose au Panthéon depuis {~year}.

@pub general_knowledge es *
{~public_figure=Gabriel García Márquez|Frida Kahlo} es una figura clave del siglo XX.
@pub ops_ids es *
Su pedido {~order_id} ha sido enviado.
@pub form_field es *
Ejemplo de nombre: {~placeholder_name=Fulano de Tal|Juan Pérez}

@pub places_named it *
Il mercato è in {~place=Via Garibaldi|Piazza Cavour|Corso Vittorio Emanuele}, vicino al duomo.
@pub ops_ids it *
La fattura {~invoice_no} scade il {~event_date}.
@pub titles_media it *
Stasera in TV danno {~title=Il nome della rosa|La vita è bella}.

@pub places_named nl *
We spreken af op het {~place=Frederiksplein|Leidseplein|Thorbeckeplein}.
@pub ops_ids nl *
Uw bestelling {~order_id} is onderweg en wordt {~event_date} bezorgd.
@pub tech_strings nl *
Versie {~version} lost het probleem met inloggen op.

@pub general_knowledge pt *
{~public_figure=Fernando Pessoa|Luís de Camões} é o poeta mais estudado nas escolas.
@pub ops_ids pt br
Seu pedido {~order_id} saiu para entrega.
@pub form_field pt br
Exemplo: {~placeholder_name=Fulano de Tal|Beltrano da Silva}, CPF {~placeholder_id=000.000.000-00}

@pub places_named pl *
Spotkajmy się przy {~place=pomniku Kopernika|placu Piłsudskiego|rondzie Dmowskiego}.
@pub ops_ids pl *
Zamówienie {~order_id} zostało wysłane.
@pub general_knowledge pl *
{~public_figure=Fryderyk Chopin} urodził się w {~public_dob=1810} roku w Żelazowej Woli.

@pub titles_media sv *
{~public_figure=Astrid Lindgren} skrev {~title=Pippi Långstrump|Emil i Lönneberga}.
@pub ops_ids sv *
Din order {~order_id} har skickats.
@pub chat sv *
Möte i sal {~room} kl. {~time}.
"""


# --------------------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    frames = parse_frames(FRAMES_SRC)
    by_cat = collections.defaultdict(list)
    for f in frames:
        by_cat[f["cat"]].append(f)
    plan = []
    for cat, n in TARGETS:
        fr = by_cat[cat]
        assert 2 * len(fr) <= n <= 3 * len(fr), (cat, len(fr), n)
        order = []
        while len(order) < n:
            batch = fr[:]
            rng.shuffle(batch)
            order.extend(batch)
        plan.extend(order[:n])
    rng.shuffle(plan)
    docs = []
    for i, f in enumerate(plan, 1):
        loc = wchoice(rng, f["locales"])
        docs.append(render(f, rng, "fr5-%05d" % i, loc))
    return frames, docs


def write(docs, path):
    raw = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    return hashlib.md5(data).hexdigest()


def check_values(docs):
    """Independent re-checks of the checksummed values."""
    for d in docs:
        for s in d["spans"]:
            v = s["value"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif s["type"] == "IBAN_CODE":
                assert iban_valid(v), v
            elif s["type"] == "UK_NHS":
                assert nhs_valid(v), v
            elif s["type"] == "US_SSN":
                a = int(v[:3])
                assert a not in (0, 666) and a < 900, v
            elif s["type"] == "PHONE_NUMBER":
                assert "555-01" not in v and "07700 900" not in v, v


def stats(frames, docs, md5):
    C = collections.Counter
    w = print
    w("documents %d, frames %d, md5 %s" % (len(docs), len(frames), md5))
    use = C(d["frame"] for d in docs)
    w("frame uses: %s" % dict(sorted(C(use.values()).items())))
    w("frames per category: %s" % dict(C(f["cat"] for f in frames)))
    w("frames non-English: %d %s" % (sum(1 for f in frames if f["lang"] != "en"), dict(C(f["lang"] for f in frames if f["lang"] != "en"))))
    w("sensitivity: %s" % dict(C(d["sensitivity"] for d in docs)))
    w("lang: %s" % dict(C(d["lang"] for d in docs).most_common()))
    w("non-English docs: %d (%.1f%%) by sensitivity %s" % (sum(d["lang"] != "en" for d in docs),
      100.0 * sum(d["lang"] != "en" for d in docs) / len(docs), dict(C(d["sensitivity"] for d in docs if d["lang"] != "en"))))
    w("locale: %s" % dict(C(d["locale"] for d in docs).most_common()))
    w("kind: %s" % dict(C(d["kind"] for d in docs).most_common()))
    w("spans: %s" % dict(C(s["type"] for d in docs for s in d["spans"]).most_common()))
    w("decoys: %s" % dict(C(s["kind"] for d in docs for s in d["decoys"]).most_common()))
    per = [d for d in docs if d["sensitivity"] == "personal"]
    w("personal docs by number of spans: %s" % dict(sorted(C(min(len(d["spans"]), 4) for d in per).items())))
    ps = [s for d in docs for s in d["spans"] if s["type"] == "PERSON"]
    w("PERSON spans one word: %d of %d; lower case %d; upper case %d" % (
        sum(1 for s in ps if " " not in s["value"]), len(ps), sum(1 for s in ps if s["value"] == s["value"].lower()),
        sum(1 for s in ps if s["value"] == s["value"].upper())))
    w("personal docs with only PERSON spans: %d; with only given-name spans: %d" % (
        sum(1 for d in per if all(s["type"] == "PERSON" for s in d["spans"])),
        sum(1 for d in per if all(s["type"] == "PERSON" and " " not in s["value"] for s in d["spans"]))))
    wl = set(w_.lower() for w_ in WORD_GIVEN + WORD_SURNAME)
    w("PERSON spans containing a word-like name: %d" % sum(1 for s in ps if set(alpha(t) for t in s["value"].split()) & wl))
    w("multi-line spans: %d" % sum(1 for d in docs for s in d["spans"] if "\n" in s["value"]))
    L = [len(d["text"]) for d in docs]
    w("chars: max %d, mean %.0f; docs with newline: %d; all lower case: %d" % (
        max(L), sum(L) / len(L), sum("\n" in d["text"] for d in docs), sum(d["text"] == d["text"].lower() for d in docs)))
    w("name groups %d (given >= %d, surnames >= %d)" % (len(GROUPS), min(len(g) for g, s in GROUPS.values()),
                                                       min(len(s) for g, s in GROUPS.values())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    frames, docs = build()
    check_values(docs)
    md5 = write(docs, a.out)
    if a.stats:
        stats(frames, docs, md5)
    else:
        print("wrote %s (%d documents, md5 %s)" % (a.out, len(docs), md5))


if __name__ == "__main__":
    main()
